"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useMemo, useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";

import { emailSchema, verifyEmailInput } from "@resq/api/credential-schemas";
import { Button } from "@resq/ui/button";
import { fieldAriaProps, FormField } from "@resq/ui/form-field";
import { Input } from "@resq/ui/input";
import { Spinner } from "@resq/ui/spinner";

import { apiProblem, applyProblem } from "~/components/api-problem";
import { FormAlert } from "~/components/forms/form-alert";
import { SubmitButton } from "~/components/forms/submit-button";
import { useTRPC } from "~/trpc/react";

import { pathAfterSignInStep } from "../sign-in/next-step";
import { translatedResolver, useValidationMessage } from "../validation";

type VerifyValues = z.input<typeof verifyEmailInput>;
const FIELDS = ["email", "code"] as const;

export function VerifyEmailForm({
  initialEmail,
  next,
}: {
  initialEmail: string;
  next: string | null;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const [resendNote, setResendNote] = useState<{ tone: "error" | "success"; text: string } | null>(
    null,
  );
  const t = useTranslations("auth");
  const translate = useValidationMessage();
  const resolver = useMemo(
    () => translatedResolver(zodResolver(verifyEmailInput), translate),
    [translate],
  );
  const form = useForm<VerifyValues, unknown, z.output<typeof verifyEmailInput>>({
    resolver,
    mode: "onTouched",
    defaultValues: { email: initialEmail, code: "" },
  });
  const { errors } = form.formState;
  const verify = useMutation(trpc.auth.verifyEmail.mutationOptions());
  const resend = useMutation(trpc.auth.resendVerification.mutationOptions());

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    try {
      const result = await verify.mutateAsync(values);
      router.push(pathAfterSignInStep(result.next, result.role, values.email, next));
      router.refresh();
    } catch (error) {
      setFormError(
        applyProblem(apiProblem(error), FIELDS, (field, message) =>
          form.setError(field, { type: "server", message }),
        ),
      );
    }
  });

  async function sendNewCode() {
    setResendNote(null);
    const email = emailSchema.safeParse(form.getValues("email"));
    if (!email.success) {
      form.setError("email", {
        type: "manual",
        message: translate(email.error.issues[0]?.message ?? "Enter a valid email address."),
      });
      form.setFocus("email");
      return;
    }
    try {
      await resend.mutateAsync({ email: email.data });
      setResendNote({
        tone: "success",
        text: t("verifyEmail.form.newCodeSent", { email: email.data }),
      });
    } catch (error) {
      // A 429 carries a message that says how long to wait.
      setResendNote({ tone: "error", text: apiProblem(error).message });
    }
  }

  const pending = form.formState.isSubmitting || verify.isPending;
  const codeDescription = t("verifyEmail.form.codeDescription");
  return (
    <div className="grid gap-6">
      <form noValidate onSubmit={onSubmit} className="grid gap-5">
        <FormAlert message={formError} />
        <FormField
          label={t("verifyEmail.form.email")}
          id="email"
          error={errors.email?.message}
          required
        >
          <Input
            type="email"
            autoComplete="email"
            inputMode="email"
            spellCheck={false}
            {...form.register("email")}
            {...fieldAriaProps("email", { error: errors.email?.message })}
          />
        </FormField>
        <FormField
          label={t("verifyEmail.form.code")}
          id="code"
          error={errors.code?.message}
          description={codeDescription}
          required
        >
          <Input
            autoComplete="one-time-code"
            autoCapitalize="characters"
            spellCheck={false}
            maxLength={20}
            className="font-mono tracking-widest uppercase"
            {...form.register("code")}
            {...fieldAriaProps("code", {
              error: errors.code?.message,
              description: codeDescription,
            })}
          />
        </FormField>
        <SubmitButton
          pending={pending}
          pendingLabel={t("verifyEmail.form.pending")}
          className="w-full"
        >
          {t("verifyEmail.form.submit")}
        </SubmitButton>
      </form>

      <div className="grid gap-3 border-t pt-4">
        <p className="text-sm text-muted-foreground">{t("verifyEmail.form.noEmail")}</p>
        <Button
          type="button"
          variant="outline"
          onClick={() => void sendNewCode()}
          disabled={resend.isPending}
        >
          {resend.isPending ? (
            <Spinner label={t("verifyEmail.form.sendingNewCode")} className="text-current" />
          ) : null}
          {t("verifyEmail.form.sendNewCode")}
        </Button>
        <FormAlert
          message={resendNote?.tone === "success" ? resendNote.text : null}
          tone="success"
        />
        <FormAlert message={resendNote?.tone === "error" ? resendNote.text : null} />
      </div>
    </div>
  );
}
