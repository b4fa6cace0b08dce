"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
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
  const form = useForm<CodeValues, unknown, z.output<typeof secondFactorInput>>({
    resolver: zodResolver(secondFactorInput),
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
    ? "One of the recovery codes you saved when you set up two-factor sign-in (like ABCDE-12345). Each works once."
    : "The 6-digit code from your authenticator app. It changes every 30 seconds.";
  return (
    <form noValidate onSubmit={onSubmit} className="grid gap-5">
      <FormAlert message={formError} />
      <FormField
        label={useRecoveryCode ? "Recovery code" : "Authentication code"}
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
      <SubmitButton pending={pending} pendingLabel="Checking the code…" className="w-full">
        Continue
      </SubmitButton>
      <Button
        type="button"
        variant="link"
        className="h-auto justify-self-start p-0"
        onClick={toggleKind}
      >
        {useRecoveryCode
          ? "Use a code from your authenticator app instead"
          : "Use a recovery code instead"}
      </Button>
    </form>
  );
}
