"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { toast } from "sonner";
import type { z } from "zod";

import { changePasswordInput } from "@resq/api/schemas";
import { fieldAriaProps, fieldDescriptionId, FormField } from "@resq/ui/form-field";
import { Input } from "@resq/ui/input";

import { translatedResolver, useValidationMessage } from "~/app/(auth)/validation";
import { apiProblem, applyProblem } from "~/components/api-problem";
import { FormAlert } from "~/components/forms/form-alert";
import { PasswordStrength } from "~/components/forms/password-strength";
import { SubmitButton } from "~/components/forms/submit-button";
import { useTRPC } from "~/trpc/react";

import { Section } from "./section";

type PasswordValues = z.input<typeof changePasswordInput>;
const FIELDS = ["currentPassword", "newPassword"] as const;

export function PasswordSection() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [formError, setFormError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const t = useTranslations("account");
  const translate = useValidationMessage();
  const resolver = useMemo(
    () => translatedResolver(zodResolver(changePasswordInput), translate),
    [translate],
  );
  const form = useForm<PasswordValues, unknown, z.output<typeof changePasswordInput>>({
    resolver,
    mode: "onTouched",
    defaultValues: { currentPassword: "", newPassword: "" },
  });
  const { errors } = form.formState;
  const newPassword = useWatch({ control: form.control, name: "newPassword" });
  const change = useMutation(trpc.account.changePassword.mutationOptions());

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    setDone(null);
    try {
      await change.mutateAsync(values);
      form.reset();
      const message = t("security.password.changed");
      setDone(message);
      toast.success(message);
      await queryClient.invalidateQueries(trpc.account.listSessions.queryFilter());
    } catch (error) {
      setFormError(
        applyProblem(apiProblem(error), FIELDS, (field, message) =>
          form.setError(field, { type: "server", message }),
        ),
      );
    }
  });
  const pending = form.formState.isSubmitting || change.isPending;

  return (
    <Section
      id="password"
      title={t("security.password.title")}
      description={t("security.password.description")}
    >
      <form noValidate onSubmit={onSubmit} className="grid gap-5">
        <FormAlert message={formError} />
        <FormAlert message={done} tone="success" />
        {/* Lets password managers match the change to the right account. */}
        <FormField
          label={t("security.password.currentPassword")}
          id="current-password"
          error={errors.currentPassword?.message}
          required
        >
          <Input
            type="password"
            autoComplete="current-password"
            {...form.register("currentPassword")}
            {...fieldAriaProps("current-password", { error: errors.currentPassword?.message })}
          />
        </FormField>
        <FormField
          label={t("security.password.newPassword")}
          id="new-password"
          error={errors.newPassword?.message}
          required
        >
          <Input
            type="password"
            autoComplete="new-password"
            {...form.register("newPassword")}
            {...fieldAriaProps("new-password", {
              error: errors.newPassword?.message,
              description: "strength",
            })}
          />
          <PasswordStrength id={fieldDescriptionId("new-password")} password={newPassword} />
        </FormField>
        <SubmitButton
          pending={pending}
          pendingLabel={t("security.password.pending")}
          className="justify-self-start"
        >
          {t("security.password.submit")}
        </SubmitButton>
      </form>
    </Section>
  );
}
