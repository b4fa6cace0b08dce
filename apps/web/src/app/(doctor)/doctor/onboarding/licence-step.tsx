"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
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
      if (requeued)
        toast.warning(
          "Licence saved. Because it changed, your profile is back in the verification queue.",
        );
      else toast.success("Licence saved.");
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
        An admin checks these details with the issuing authority before you are listed.
        {data.verification.status === "verified"
          ? " Changing them sends your profile back for verification."
          : ""}
      </p>
      <FormAlert message={formError} />
      <FormField
        label="Licence number"
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
        label="Issuing authority"
        id="licenceAuthority"
        error={errors.licenceAuthority?.message}
        description="For example: Illinois Department of Financial and Professional Regulation."
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
        label="Expiry date"
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
      <SubmitButton pending={pending} pendingLabel="Saving…" className="justify-self-start">
        Save and continue
      </SubmitButton>
    </form>
  );
}
