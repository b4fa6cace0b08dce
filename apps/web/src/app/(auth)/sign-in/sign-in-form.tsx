"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useMemo, useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";

import { signInInput } from "@resq/api/credential-schemas";
import { fieldAriaProps, FormField } from "@resq/ui/form-field";
import { Input } from "@resq/ui/input";

import { apiProblem, applyProblem } from "~/components/api-problem";
import { FormAlert } from "~/components/forms/form-alert";
import { SubmitButton } from "~/components/forms/submit-button";
import { useTRPC } from "~/trpc/react";

import { linkClass } from "../auth-card";
import { translatedResolver, useValidationMessage } from "../validation";
import { pathAfterSignInStep } from "./next-step";

type SignInValues = z.input<typeof signInInput>;
const FIELDS = ["email", "password"] as const;

export function SignInForm({ next }: { next: string | null }) {
  const trpc = useTRPC();
  const router = useRouter();
  const t = useTranslations("auth");
  const translate = useValidationMessage();
  const resolver = useMemo(
    () => translatedResolver(zodResolver(signInInput), translate),
    [translate],
  );
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<SignInValues, unknown, z.output<typeof signInInput>>({
    resolver,
    mode: "onTouched",
    defaultValues: { email: "", password: "" },
  });
  const { errors } = form.formState;
  const signIn = useMutation(trpc.auth.signIn.mutationOptions());

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    try {
      const result = await signIn.mutateAsync(values);
      router.push(pathAfterSignInStep(result.next, result.role, values.email, next));
      // The header and the area layouts read the new session cookie on the server.
      router.refresh();
    } catch (error) {
      setFormError(
        applyProblem(apiProblem(error), FIELDS, (field, message) =>
          form.setError(field, { type: "server", message }),
        ),
      );
    }
  });
  const pending = form.formState.isSubmitting || signIn.isPending;

  return (
    <form noValidate onSubmit={onSubmit} className="grid gap-5">
      <FormAlert message={formError} />
      <FormField label={t("signIn.form.email")} id="email" error={errors.email?.message} required>
        <Input
          type="email"
          autoComplete="username"
          inputMode="email"
          spellCheck={false}
          {...form.register("email")}
          {...fieldAriaProps("email", { error: errors.email?.message })}
        />
      </FormField>
      <FormField
        label={t("signIn.form.password")}
        id="password"
        error={errors.password?.message}
        required
      >
        <Input
          type="password"
          autoComplete="current-password"
          {...form.register("password")}
          {...fieldAriaProps("password", { error: errors.password?.message })}
        />
      </FormField>
      <p className="-mt-2 text-sm">
        <Link href="/forgot-password" className={linkClass}>
          {t("signIn.form.forgotPassword")}
        </Link>
      </p>
      <SubmitButton pending={pending} pendingLabel={t("signIn.form.pending")} className="w-full">
        {t("signIn.form.submit")}
      </SubmitButton>
    </form>
  );
}
