"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";

import { requestPasswordResetInput } from "@resq/api/credential-schemas";
import { fieldAriaProps, FormField } from "@resq/ui/form-field";
import { Input } from "@resq/ui/input";

import { apiProblem, applyProblem } from "~/components/api-problem";
import { FormAlert } from "~/components/forms/form-alert";
import { SubmitButton } from "~/components/forms/submit-button";
import { useTRPC } from "~/trpc/react";

import { translatedResolver, useValidationMessage } from "../validation";

type ForgotValues = z.input<typeof requestPasswordResetInput>;

export function ForgotPasswordForm() {
  const trpc = useTRPC();
  const [formError, setFormError] = useState<string | null>(null);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const t = useTranslations("auth");
  const translate = useValidationMessage();
  const resolver = useMemo(
    () => translatedResolver(zodResolver(requestPasswordResetInput), translate),
    [translate],
  );
  const form = useForm<ForgotValues, unknown, z.output<typeof requestPasswordResetInput>>({
    resolver,
    mode: "onTouched",
    defaultValues: { email: "" },
  });
  const { errors } = form.formState;
  const request = useMutation(trpc.auth.requestPasswordReset.mutationOptions());

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    setSentTo(null);
    try {
      await request.mutateAsync(values);
      setSentTo(values.email);
    } catch (error) {
      setFormError(
        applyProblem(apiProblem(error), ["email"] as const, (field, message) =>
          form.setError(field, { type: "server", message }),
        ),
      );
    }
  });
  const pending = form.formState.isSubmitting || request.isPending;

  return (
    <form noValidate onSubmit={onSubmit} className="grid gap-5">
      <FormAlert message={formError} />
      {/* The same answer whether or not the address has an account (no account enumeration). */}
      <FormAlert
        tone="success"
        message={sentTo ? t("forgotPassword.form.sent", { email: sentTo }) : null}
      />
      <FormField
        label={t("forgotPassword.form.email")}
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
      <SubmitButton
        pending={pending}
        pendingLabel={t("forgotPassword.form.pending")}
        className="w-full"
      >
        {sentTo ? t("forgotPassword.form.sendAgain") : t("forgotPassword.form.send")}
      </SubmitButton>
    </form>
  );
}
