"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useMemo, useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";

import { secondFactorInput } from "@resq/api/credential-schemas";
import type { UserRole } from "@resq/db/schema";
import { Button } from "@resq/ui/button";
import { fieldAriaProps, FormField } from "@resq/ui/form-field";
import { Input } from "@resq/ui/input";

import { apiProblem, applyProblem } from "~/components/api-problem";
import { FormAlert } from "~/components/forms/form-alert";
import { SubmitButton } from "~/components/forms/submit-button";
import { useTRPC } from "~/trpc/react";

import { translatedResolver, useValidationMessage } from "../../validation";
import { pathAfterSignInStep } from "../next-step";

type CodeValues = z.input<typeof secondFactorInput>;

export function TwoFactorForm({
  role,
  email,
  next,
}: {
  role: UserRole;
  email: string;
  next: string | null;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const [useRecoveryCode, setUseRecoveryCode] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const t = useTranslations("auth");
  const translate = useValidationMessage();
  const resolver = useMemo(
    () => translatedResolver(zodResolver(secondFactorInput), translate),
    [translate],
  );
  const form = useForm<CodeValues, unknown, z.output<typeof secondFactorInput>>({
    resolver,
    mode: "onTouched",
    defaultValues: { code: "" },
  });
  const { errors } = form.formState;
  const verify = useMutation(trpc.auth.verifySecondFactor.mutationOptions());

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    try {
      const result = await verify.mutateAsync(values);
      router.push(pathAfterSignInStep(result.next, role, email, next));
      router.refresh();
    } catch (error) {
      setFormError(
        applyProblem(apiProblem(error), ["code"] as const, (field, message) =>
          form.setError(field, { type: "server", message }),
        ),
      );
    }
  });

  function toggleKind() {
    setUseRecoveryCode((current) => !current);
    form.reset({ code: "" });
    setFormError(null);
    form.setFocus("code");
  }

  const pending = form.formState.isSubmitting || verify.isPending;
  const description = useRecoveryCode
    ? t("twoFactor.form.recoveryDescription")
    : t("twoFactor.form.totpDescription");
  return (
    <form noValidate onSubmit={onSubmit} className="grid gap-5">
      <FormAlert message={formError} />
      <FormField
        label={useRecoveryCode ? t("twoFactor.form.recoveryLabel") : t("twoFactor.form.totpLabel")}
        id="code"
        error={errors.code?.message}
        description={description}
        required
      >
        <Input
          key={useRecoveryCode ? "recovery" : "totp"}
          autoComplete={useRecoveryCode ? "off" : "one-time-code"}
          inputMode={useRecoveryCode ? "text" : "numeric"}
          autoCapitalize={useRecoveryCode ? "characters" : "off"}
          spellCheck={false}
          maxLength={useRecoveryCode ? 20 : 6}
          pattern={useRecoveryCode ? undefined : "[0-9]*"}
          className="font-mono tracking-widest"
          {...form.register("code")}
          {...fieldAriaProps("code", { error: errors.code?.message, description })}
        />
      </FormField>
      <SubmitButton pending={pending} pendingLabel={t("twoFactor.form.pending")} className="w-full">
        {t("twoFactor.form.submit")}
      </SubmitButton>
      <Button
        type="button"
        variant="link"
        className="h-auto justify-self-start p-0"
        onClick={toggleKind}
      >
        {useRecoveryCode ? t("twoFactor.form.useTotp") : t("twoFactor.form.useRecovery")}
      </Button>
    </form>
  );
}
