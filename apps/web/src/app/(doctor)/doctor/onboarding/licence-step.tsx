"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { toast } from "sonner";
import type { z } from "zod";

import { licenceInput } from "@resq/api/practice-schemas";
import { fieldAriaProps, FormField } from "@resq/ui/form-field";
import { Input } from "@resq/ui/input";

import { apiProblem, applyProblem } from "~/components/api-problem";
import { FormAlert } from "~/components/forms/form-alert";
import { SubmitButton } from "~/components/forms/submit-button";
import { useTRPC } from "~/trpc/react";

import type { StepProps } from "./shared";

type LicenceValues = z.input<typeof licenceInput>;
const FIELDS = ["licenceNumber", "licenceAuthority", "licenceExpiresOn"] as const;

export function LicenceStep({ data, onSaved }: StepProps) {
  const trpc = useTRPC();
  const t = useTranslations("doctor.onboarding.licence");
  const tc = useTranslations("doctor.onboarding.common");
  const [formError, setFormError] = useState<string | null>(null);
  const save = useMutation(trpc.practice.saveLicence.mutationOptions());
  const form = useForm<LicenceValues, unknown, z.output<typeof licenceInput>>({
    resolver: zodResolver(licenceInput),
    mode: "onTouched",
    defaultValues: {
      licenceNumber: data.licence.licenceNumber ?? "",
      licenceAuthority: data.licence.licenceAuthority ?? "",
      licenceExpiresOn: data.licence.licenceExpiresOn ?? "",
    },
  });
  const { errors } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    try {
      const { requeued } = await save.mutateAsync(values);
      if (requeued) toast.warning(t("savedRequeued"));
      else toast.success(t("saved"));
      await onSaved();
    } catch (error) {
      setFormError(
        applyProblem(apiProblem(error), FIELDS, (field, message) =>
          form.setError(field, { type: "server", message }),
        ),
      );
    }
  });
  const pending = form.formState.isSubmitting || save.isPending;

  return (
    <form noValidate onSubmit={onSubmit} className="grid gap-5">
      <p className="text-sm text-muted-foreground">
        {data.verification.status === "verified" ? t("introVerified") : t("intro")}
      </p>
      <FormAlert message={formError} />
      <FormField
        label={t("number")}
        id="licenceNumber"
        error={errors.licenceNumber?.message}
        required
      >
        <Input
          spellCheck={false}
          autoComplete="off"
          {...form.register("licenceNumber")}
          {...fieldAriaProps("licenceNumber", { error: errors.licenceNumber?.message })}
        />
      </FormField>
      <FormField
        label={t("authority")}
        id="licenceAuthority"
        error={errors.licenceAuthority?.message}
        description={t("authorityHint")}
        required
      >
        <Input
          {...form.register("licenceAuthority")}
          {...fieldAriaProps("licenceAuthority", {
            error: errors.licenceAuthority?.message,
            description: "authority",
          })}
        />
      </FormField>
      <FormField
        label={t("expiry")}
        id="licenceExpiresOn"
        error={errors.licenceExpiresOn?.message}
        required
      >
        <Input
          type="date"
          className="w-fit"
          {...form.register("licenceExpiresOn")}
          {...fieldAriaProps("licenceExpiresOn", { error: errors.licenceExpiresOn?.message })}
        />
      </FormField>
      <SubmitButton pending={pending} pendingLabel={tc("saving")} className="justify-self-start">
        {tc("saveAndContinue")}
      </SubmitButton>
    </form>
  );
}
