"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useMemo, useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import type { z } from "zod";

import { signUpInput } from "@resq/api/schemas";
import { cn } from "@resq/ui/cn";
import { fieldAriaProps, fieldDescriptionId, FormField } from "@resq/ui/form-field";
import { Input } from "@resq/ui/input";

import { apiProblem, applyProblem } from "~/components/api-problem";
import { FormAlert } from "~/components/forms/form-alert";
import { PasswordStrength } from "~/components/forms/password-strength";
import { SubmitButton } from "~/components/forms/submit-button";
import { useTRPC } from "~/trpc/react";

import { translatedResolver, useValidationMessage } from "../validation";

type SignUpValues = z.input<typeof signUpInput>;
const FIELDS = ["role", "name", "email", "password"] as const;

/** The roles one can sign up as; their names are under auth.signUp.form.roles. */
const ROLES = ["patient", "doctor"] as const;

export function SignUpForm({ initialRole }: { initialRole: "patient" | "doctor" }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const t = useTranslations("auth");
  const translate = useValidationMessage();
  const resolver = useMemo(
    () => translatedResolver(zodResolver(signUpInput), translate),
    [translate],
  );
  const form = useForm<SignUpValues, unknown, z.output<typeof signUpInput>>({
    resolver,
    mode: "onTouched",
    defaultValues: { role: initialRole, name: "", email: "", password: "" },
  });
  const { errors } = form.formState;
  const [password, name, email] = useWatch({
    control: form.control,
    name: ["password", "name", "email"],
  });
  const signUp = useMutation(trpc.auth.signUp.mutationOptions());

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    try {
      const result = await signUp.mutateAsync(values);
      router.push(`/verify-email?email=${encodeURIComponent(result.email)}`);
    } catch (error) {
      setFormError(
        applyProblem(apiProblem(error), FIELDS, (field, message) =>
          form.setError(field, { type: "server", message }),
        ),
      );
    }
  });
  const pending = form.formState.isSubmitting || signUp.isPending;

  return (
    <form noValidate onSubmit={onSubmit} className="grid gap-5">
      <FormAlert message={formError} />
      <fieldset className="grid gap-2">
        <legend className="mb-2 text-sm font-medium">{t("signUp.form.roleLegend")}</legend>
        <div className="grid gap-2 sm:grid-cols-2">
          {ROLES.map((role) => (
            <label
              key={role}
              className={cn(
                "flex cursor-pointer gap-3 rounded-md border p-3 text-sm",
                "has-[:checked]:border-primary has-[:checked]:bg-accent has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-ring",
              )}
            >
              <input
                type="radio"
                value={role}
                className="mt-0.5 size-4 accent-primary"
                {...form.register("role")}
              />
              <span className="grid gap-0.5">
                <span className="font-medium">{t(`signUp.form.roles.${role}.label`)}</span>
                <span className="text-muted-foreground">{t(`signUp.form.roles.${role}.text`)}</span>
              </span>
            </label>
          ))}
        </div>
        {errors.role?.message ? (
          <p role="alert" className="text-sm font-medium text-destructive">
            {errors.role.message}
          </p>
        ) : null}
      </fieldset>

      <FormField label={t("signUp.form.name")} id="name" error={errors.name?.message} required>
        <Input
          autoComplete="name"
          {...form.register("name")}
          {...fieldAriaProps("name", { error: errors.name?.message })}
        />
      </FormField>

      <FormField label={t("signUp.form.email")} id="email" error={errors.email?.message} required>
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
        label={t("signUp.form.password")}
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
        <PasswordStrength
          id={fieldDescriptionId("password")}
          password={password}
          userInputs={[name, email]}
        />
      </FormField>

      <SubmitButton pending={pending} pendingLabel={t("signUp.form.pending")} className="w-full">
        {t("signUp.form.submit")}
      </SubmitButton>
      <p className="text-xs text-muted-foreground">{t("signUp.form.codeNote")}</p>
    </form>
  );
}
