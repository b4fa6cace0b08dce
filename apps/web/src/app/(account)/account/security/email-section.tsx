"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import { useForm } from "react-hook-form";
import { toast } from "sonner";
import type { z } from "zod";

import { changeEmailInput, confirmEmailChangeInput } from "@resq/api/credential-schemas";
import { Button } from "@resq/ui/button";
import { fieldAriaProps, FormField } from "@resq/ui/form-field";
import { Input } from "@resq/ui/input";

import { translatedResolver, useValidationMessage } from "~/app/(auth)/validation";
import { apiProblem, applyProblem } from "~/components/api-problem";
import { FormAlert } from "~/components/forms/form-alert";
import { SubmitButton } from "~/components/forms/submit-button";
import { useTRPC } from "~/trpc/react";

import { Section } from "./section";

export function EmailSection({
  currentEmail,
  available,
}: {
  currentEmail: string;
  available: boolean;
}) {
  const [pendingEmail, setPendingEmail] = useState<string | null>(null);
  const [changedTo, setChangedTo] = useState<string | null>(null);
  const t = useTranslations("account");

  return (
    <Section
      id="email"
      title={t("security.email.title")}
      description={t.rich("security.email.description", {
        email: changedTo ?? currentEmail,
        strong: (chunks) => <strong className="font-medium text-foreground">{chunks}</strong>,
      })}
    >
      {!available ? (
        <p className="text-sm text-muted-foreground">{t("security.email.unavailable")}</p>
      ) : pendingEmail ? (
        <ConfirmEmailForm
          newEmail={pendingEmail}
          onDone={(email) => {
            setPendingEmail(null);
            setChangedTo(email);
          }}
          onCancel={() => setPendingEmail(null)}
        />
      ) : (
        <RequestEmailChangeForm onSent={setPendingEmail} />
      )}
      {changedTo && !pendingEmail ? (
        <FormAlert tone="success" message={t("security.email.changed", { email: changedTo })} />
      ) : null}
    </Section>
  );
}

function RequestEmailChangeForm({ onSent }: { onSent: (email: string) => void }) {
  const trpc = useTRPC();
  const [formError, setFormError] = useState<string | null>(null);
  const t = useTranslations("account");
  const translate = useValidationMessage();
  const resolver = useMemo(
    () => translatedResolver(zodResolver(changeEmailInput), translate),
    [translate],
  );
  const form = useForm<
    z.input<typeof changeEmailInput>,
    unknown,
    z.output<typeof changeEmailInput>
  >({
    resolver,
    mode: "onTouched",
    defaultValues: { newEmail: "", password: "" },
  });
  const { errors } = form.formState;
  const request = useMutation(trpc.account.requestEmailChange.mutationOptions());

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    try {
      const result = await request.mutateAsync(values);
      onSent(result.email);
    } catch (error) {
      setFormError(
        applyProblem(apiProblem(error), ["newEmail", "password"] as const, (field, message) =>
          form.setError(field, { type: "server", message }),
        ),
      );
    }
  });
  const pending = form.formState.isSubmitting || request.isPending;

  return (
    <form noValidate onSubmit={onSubmit} className="grid gap-5">
      <FormAlert message={formError} />
      <FormField
        label={t("security.email.newEmail")}
        id="new-email"
        error={errors.newEmail?.message}
        required
      >
        <Input
          type="email"
          autoComplete="email"
          inputMode="email"
          spellCheck={false}
          {...form.register("newEmail")}
          {...fieldAriaProps("new-email", { error: errors.newEmail?.message })}
        />
      </FormField>
      <FormField
        label={t("security.email.password")}
        id="email-change-password"
        error={errors.password?.message}
        required
      >
        <Input
          type="password"
          autoComplete="current-password"
          {...form.register("password")}
          {...fieldAriaProps("email-change-password", { error: errors.password?.message })}
        />
      </FormField>
      <SubmitButton
        pending={pending}
        pendingLabel={t("security.email.sendPending")}
        className="justify-self-start"
      >
        {t("security.email.send")}
      </SubmitButton>
    </form>
  );
}

function ConfirmEmailForm({
  newEmail,
  onDone,
  onCancel,
}: {
  newEmail: string;
  onDone: (email: string) => void;
  onCancel: () => void;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const t = useTranslations("account");
  const translate = useValidationMessage();
  const resolver = useMemo(
    () => translatedResolver(zodResolver(confirmEmailChangeInput), translate),
    [translate],
  );
  const form = useForm<
    z.input<typeof confirmEmailChangeInput>,
    unknown,
    z.output<typeof confirmEmailChangeInput>
  >({
    resolver,
    mode: "onTouched",
    defaultValues: { code: "" },
  });
  const { errors } = form.formState;
  const confirm = useMutation(trpc.account.confirmEmailChange.mutationOptions());

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    try {
      const result = await confirm.mutateAsync(values);
      toast.success(t("security.email.changed", { email: result.email }));
      onDone(result.email);
      router.refresh();
    } catch (error) {
      setFormError(
        applyProblem(apiProblem(error), ["code"] as const, (field, message) =>
          form.setError(field, { type: "server", message }),
        ),
      );
    }
  });
  const pending = form.formState.isSubmitting || confirm.isPending;
  const description = t("security.email.codeDescription", { email: newEmail });

  return (
    <form noValidate onSubmit={onSubmit} className="grid gap-5">
      <FormAlert message={formError} />
      <FormField
        label={t("security.email.codeLabel")}
        id="email-change-code"
        error={errors.code?.message}
        description={description}
        required
      >
        <Input
          autoComplete="one-time-code"
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={20}
          className="font-mono tracking-widest uppercase"
          {...form.register("code")}
          {...fieldAriaProps("email-change-code", { error: errors.code?.message, description })}
        />
      </FormField>
      <div className="flex flex-wrap gap-2">
        <SubmitButton pending={pending} pendingLabel={t("security.email.confirmPending")}>
          {t("security.email.confirm")}
        </SubmitButton>
        <Button type="button" variant="ghost" onClick={onCancel} disabled={pending}>
          {t("security.cancel")}
        </Button>
      </div>
    </form>
  );
}
