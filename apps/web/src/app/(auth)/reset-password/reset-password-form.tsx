"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { useMemo, useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { toast } from "sonner";
import { z } from "zod";

import { newPasswordSchema, secondFactorCodeSchema } from "@resq/api/schemas";
import { fieldAriaProps, fieldDescriptionId, FormField } from "@resq/ui/form-field";
import { Input } from "@resq/ui/input";

import { apiProblem, applyProblem } from "~/components/api-problem";
import { FormAlert } from "~/components/forms/form-alert";
import { PasswordStrength } from "~/components/forms/password-strength";
import { SubmitButton } from "~/components/forms/submit-button";
import { useTRPC } from "~/trpc/react";

import { linkClass } from "../auth-card";
import { translatedResolver, useValidationMessage } from "../validation";

// The server's resetPasswordInput, minus the token (a prop) and with the code required when asked.
const withCode = z.object({ password: newPasswordSchema(), code: secondFactorCodeSchema });
const withoutCode = z.object({ password: newPasswordSchema(), code: z.string().optional() });
type ResetValues = { password: string; code?: string };
const FIELDS = ["password", "code"] as const;

export function ResetPasswordForm({
  token,
  secondFactorRequired,
}: {
  token: string;
  secondFactorRequired: boolean;
}) {
  const trpc = useTRPC();
  const [formError, setFormError] = useState<string | null>(null);
  const [invalidLink, setInvalidLink] = useState(false);
  const [done, setDone] = useState(false);
  const t = useTranslations("auth");
  const translate = useValidationMessage();
  const resolver = useMemo(
    () => translatedResolver(zodResolver(secondFactorRequired ? withCode : withoutCode), translate),
    [secondFactorRequired, translate],
  );
  const form = useForm<ResetValues>({
    resolver,
    mode: "onTouched",
    defaultValues: { password: "", code: "" },
  });
  const { errors } = form.formState;
  const password = useWatch({ control: form.control, name: "password" });
  const reset = useMutation(trpc.auth.resetPassword.mutationOptions());

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    try {
      await reset.mutateAsync({
        token,
        password: values.password,
        code: secondFactorRequired ? values.code : undefined,
      });
      setDone(true);
      toast.success(t("resetPassword.form.changedToast"));
    } catch (error) {
      const problem = apiProblem(error);
      if (problem.appCode === "INVALID_TOKEN") setInvalidLink(true);
      setFormError(
        applyProblem(problem, FIELDS, (field, message) =>
          form.setError(field, { type: "server", message }),
        ),
      );
    }
  });

  if (done) {
    return (
      <div className="grid gap-4">
        <FormAlert tone="success" message={t("resetPassword.form.changed")} />
        <p>
          <Link href="/sign-in" className={linkClass}>
            {t("resetPassword.form.signIn")}
          </Link>
        </p>
      </div>
    );
  }

  const pending = form.formState.isSubmitting || reset.isPending;
  const codeDescription = t("resetPassword.form.codeDescription");
  return (
    <form noValidate onSubmit={onSubmit} className="grid gap-5">
      <FormAlert message={formError} />
      {invalidLink ? (
        <p className="text-sm">
          <Link href="/forgot-password" className={linkClass}>
            {t("resetPassword.askNewLink")}
          </Link>
        </p>
      ) : null}
      <FormField
        label={t("resetPassword.form.newPassword")}
        id="password"
        error={errors.password?.message}
        required
      >
        <Input
          type="password"
          autoComplete="new-password"
          {...form.register("password")}
          {...fieldAriaProps("password", {
            error: errors.password?.message,
            description: "strength",
          })}
        />
        <PasswordStrength id={fieldDescriptionId("password")} password={password} />
      </FormField>
      {secondFactorRequired ? (
        <FormField
          label={t("resetPassword.form.codeLabel")}
          id="code"
          error={errors.code?.message}
          description={codeDescription}
          required
        >
          <Input
            autoComplete="one-time-code"
            spellCheck={false}
            maxLength={20}
            className="font-mono tracking-widest"
            {...form.register("code")}
            {...fieldAriaProps("code", {
              error: errors.code?.message,
              description: codeDescription,
            })}
          />
        </FormField>
      ) : null}
      <SubmitButton
        pending={pending}
        pendingLabel={t("resetPassword.form.pending")}
        className="w-full"
      >
        {t("resetPassword.form.submit")}
      </SubmitButton>
    </form>
  );
}
