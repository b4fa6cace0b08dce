"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { toast } from "sonner";
import type { z } from "zod";

import { changePasswordInput } from "@resq/api/schemas";
import { fieldAriaProps, fieldDescriptionId, FormField } from "@resq/ui/form-field";
import { Input } from "@resq/ui/input";

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
  const form = useForm<PasswordValues, unknown, z.output<typeof changePasswordInput>>({
    resolver: zodResolver(changePasswordInput),
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
      const message = "Password changed. Your other devices were signed out.";
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
      title="Password"
      description="Changing your password signs out every other device."
    >
      <form noValidate onSubmit={onSubmit} className="grid gap-5">
        <FormAlert message={formError} />
        <FormAlert message={done} tone="success" />
        {/* Lets password managers match the change to the right account. */}
        <FormField
          label="Current password"
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
          label="New password"
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
          pendingLabel="Changing your password…"
          className="justify-self-start"
        >
          Change password
        </SubmitButton>
      </form>
    </Section>
  );
}
