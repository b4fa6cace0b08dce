"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useMemo, useRef, useState } from "react";
import { useForm } from "react-hook-form";
import { toast } from "sonner";
import { z } from "zod";

import {
  confirmMfaInput,
  currentPasswordSchema,
  reauthInput,
  secondFactorCodeSchema,
} from "@resq/api/credential-schemas";
import type { UserRole } from "@resq/db/schema";
import { Badge } from "@resq/ui/badge";
import { Button } from "@resq/ui/button";
import { fieldAriaProps, FormField } from "@resq/ui/form-field";
import { Input } from "@resq/ui/input";

import { translatedResolver, useValidationMessage } from "~/app/(auth)/validation";
import { apiProblem, applyProblem } from "~/components/api-problem";
import { FormAlert } from "~/components/forms/form-alert";
import { SubmitButton } from "~/components/forms/submit-button";
import { homeFor } from "~/navigation";
import { useTRPC } from "~/trpc/react";

import { RecoveryCodes } from "./recovery-codes";
import { Section } from "./section";

interface MfaStatus {
  enabled: boolean;
  required: boolean;
  recoveryCodesLeft: number;
}

type Step =
  | { kind: "idle" }
  | { kind: "password" }
  | { kind: "scan"; manualKey: string; qrSvg: string }
  | { kind: "codes"; codes: string[]; justEnabled: boolean }
  | { kind: "disable" }
  | { kind: "regenerate" };

export function TwoFactorSection({
  initialStatus,
  role,
  startEnrolment,
  mustEnrolNow,
}: {
  initialStatus: MfaStatus;
  role: UserRole;
  startEnrolment: boolean;
  mustEnrolNow: boolean;
}) {
  const t = useTranslations("account");
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const status = useQuery(
    trpc.account.mfaStatus.queryOptions(undefined, { initialData: initialStatus }),
  ).data;
  const [step, setStep] = useState<Step>(startEnrolment ? { kind: "password" } : { kind: "idle" });

  async function refreshStatus() {
    await queryClient.invalidateQueries(trpc.account.mfaStatus.queryFilter());
  }

  function finishCodes(justEnabled: boolean) {
    setStep({ kind: "idle" });
    // The header, the area guards and the sessions list all change once MFA is on.
    if (justEnabled) router.refresh();
    void queryClient.invalidateQueries(trpc.account.listSessions.queryFilter());
  }

  return (
    <Section
      id="two-factor"
      title={t("security.twoFactor.title")}
      description={t("security.twoFactor.description")}
    >
      {mustEnrolNow && !status.enabled ? (
        <p role="status" className="rounded-md border border-warning bg-warning/10 p-4 text-sm">
          {t(`security.twoFactor.mustEnrol.${role}`)}
        </p>
      ) : null}

      <div className="flex flex-wrap items-center gap-2 text-sm">
        <span className="font-medium">{t("security.twoFactor.status")}</span>
        {status.enabled ? (
          <Badge variant="success">{t("security.twoFactor.on")}</Badge>
        ) : (
          <Badge variant="secondary">{t("security.twoFactor.off")}</Badge>
        )}
        {status.enabled ? (
          <span
            className={
              status.recoveryCodesLeft <= 3
                ? "font-medium text-destructive"
                : "text-muted-foreground"
            }
          >
            {t("security.twoFactor.codesLeft", { count: status.recoveryCodesLeft })}
          </span>
        ) : null}
      </div>
      {status.required ? (
        <p className="text-sm text-muted-foreground">{t(`security.twoFactor.required.${role}`)}</p>
      ) : null}

      {step.kind === "codes" ? (
        <>
          <RecoveryCodes codes={step.codes} onDone={() => finishCodes(step.justEnabled)} />
          {step.justEnabled && mustEnrolNow ? (
            <p className="text-sm">
              <Link
                href={homeFor(role)}
                className="font-medium text-primary underline underline-offset-4"
              >
                {t("security.twoFactor.continueToDashboard")}
              </Link>
            </p>
          ) : null}
        </>
      ) : null}

      {!status.enabled && step.kind === "idle" ? (
        <Button
          type="button"
          className="justify-self-start"
          onClick={() => setStep({ kind: "password" })}
        >
          {t("security.twoFactor.setUp")}
        </Button>
      ) : null}
      {!status.enabled && step.kind === "password" ? (
        <BeginEnrolmentForm
          onStarted={(manualKey, qrSvg) => setStep({ kind: "scan", manualKey, qrSvg })}
          onCancel={() => setStep({ kind: "idle" })}
          focusOnMount={startEnrolment}
        />
      ) : null}
      {!status.enabled && step.kind === "scan" ? (
        <ConfirmEnrolment
          manualKey={step.manualKey}
          qrSvg={step.qrSvg}
          onEnabled={async (codes) => {
            setStep({ kind: "codes", codes, justEnabled: true });
            toast.success(t("security.twoFactor.enabledToast"));
            await refreshStatus();
          }}
          onCancel={() => setStep({ kind: "idle" })}
        />
      ) : null}

      {status.enabled && step.kind === "idle" ? (
        <div className="flex flex-wrap gap-2">
          <Button type="button" variant="outline" onClick={() => setStep({ kind: "regenerate" })}>
            {t("security.twoFactor.makeNewCodes")}
          </Button>
          {!status.required ? (
            <Button type="button" variant="outline" onClick={() => setStep({ kind: "disable" })}>
              {t("security.twoFactor.turnOff")}
            </Button>
          ) : null}
        </div>
      ) : null}
      {status.enabled && step.kind === "regenerate" ? (
        <ReauthForm
          title={t("security.twoFactor.regenerate.title")}
          explanation={t("security.twoFactor.regenerate.explanation")}
          submitLabel={t("security.twoFactor.regenerate.submit")}
          pendingLabel={t("security.twoFactor.regenerate.pending")}
          action="regenerate"
          onDone={async (codes) => {
            setStep({ kind: "codes", codes: codes ?? [], justEnabled: false });
            toast.success(t("security.twoFactor.regenerate.toast"));
            await refreshStatus();
          }}
          onCancel={() => setStep({ kind: "idle" })}
        />
      ) : null}
      {status.enabled && !status.required && step.kind === "disable" ? (
        <ReauthForm
          title={t("security.twoFactor.disable.title")}
          explanation={t("security.twoFactor.disable.explanation")}
          submitLabel={t("security.twoFactor.disable.submit")}
          pendingLabel={t("security.twoFactor.disable.pending")}
          destructive
          action="disable"
          onDone={async () => {
            setStep({ kind: "idle" });
            toast.success(t("security.twoFactor.disable.toast"));
            await refreshStatus();
            router.refresh();
          }}
          onCancel={() => setStep({ kind: "idle" })}
        />
      ) : null}
    </Section>
  );
}

const passwordOnly = z.object({ password: currentPasswordSchema });

function BeginEnrolmentForm({
  onStarted,
  onCancel,
  focusOnMount,
}: {
  onStarted: (manualKey: string, qrSvg: string) => void;
  onCancel: () => void;
  focusOnMount: boolean;
}) {
  const t = useTranslations("account");
  const translate = useValidationMessage();
  const resolver = useMemo(
    () => translatedResolver(zodResolver(passwordOnly), translate),
    [translate],
  );
  const trpc = useTRPC();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<z.input<typeof passwordOnly>, unknown, z.output<typeof passwordOnly>>({
    resolver,
    mode: "onTouched",
    defaultValues: { password: "" },
  });
  const { errors } = form.formState;
  const begin = useMutation(trpc.account.beginMfaEnrolment.mutationOptions());
  const { setFocus } = form;
  useEffect(() => {
    if (focusOnMount) setFocus("password");
  }, [focusOnMount, setFocus]);

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    try {
      const result = await begin.mutateAsync(values);
      onStarted(result.manualKey, result.qrSvg);
    } catch (error) {
      setFormError(
        applyProblem(apiProblem(error), ["password"] as const, (field, message) =>
          form.setError(field, { type: "server", message }),
        ),
      );
    }
  });
  const pending = form.formState.isSubmitting || begin.isPending;

  return (
    <form noValidate onSubmit={onSubmit} className="grid gap-5" aria-labelledby="mfa-begin-title">
      <h3 id="mfa-begin-title" className="text-base font-semibold">
        {t("security.twoFactor.begin.heading")}
      </h3>
      <FormAlert message={formError} />
      <FormField
        label={t("security.twoFactor.begin.password")}
        id="mfa-password"
        error={errors.password?.message}
        required
      >
        <Input
          type="password"
          autoComplete="current-password"
          {...form.register("password")}
          {...fieldAriaProps("mfa-password", { error: errors.password?.message })}
        />
      </FormField>
      <div className="flex flex-wrap gap-2">
        <SubmitButton pending={pending} pendingLabel={t("security.twoFactor.begin.pending")}>
          {t("security.twoFactor.begin.submit")}
        </SubmitButton>
        <Button type="button" variant="ghost" onClick={onCancel} disabled={pending}>
          {t("security.cancel")}
        </Button>
      </div>
    </form>
  );
}

function ConfirmEnrolment({
  manualKey,
  qrSvg,
  onEnabled,
  onCancel,
}: {
  manualKey: string;
  qrSvg: string;
  onEnabled: (codes: string[]) => Promise<void>;
  onCancel: () => void;
}) {
  const t = useTranslations("account");
  const translate = useValidationMessage();
  const resolver = useMemo(
    () => translatedResolver(zodResolver(confirmMfaInput), translate),
    [translate],
  );
  const trpc = useTRPC();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<z.input<typeof confirmMfaInput>, unknown, z.output<typeof confirmMfaInput>>({
    resolver,
    mode: "onTouched",
    defaultValues: { code: "" },
  });
  const { errors } = form.formState;
  const confirm = useMutation(trpc.account.confirmMfaEnrolment.mutationOptions());
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    // Move focus to the new step, so keyboard and screen-reader users land on it.
    headingRef.current?.focus();
  }, []);

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    try {
      const result = await confirm.mutateAsync(values);
      await onEnabled(result.recoveryCodes);
    } catch (error) {
      setFormError(
        applyProblem(apiProblem(error), ["code"] as const, (field, message) =>
          form.setError(field, { type: "server", message }),
        ),
      );
    }
  });
  const pending = form.formState.isSubmitting || confirm.isPending;
  const codeDescription = t("security.twoFactor.confirm.codeDescription");

  return (
    <div className="grid gap-5">
      <h3 ref={headingRef} tabIndex={-1} className="text-base font-semibold focus:outline-none">
        {t("security.twoFactor.confirm.scanHeading")}
      </h3>
      <div className="grid gap-4 sm:grid-cols-[auto_1fr] sm:items-start">
        {/* An SVG made on the server, shown as an image: never injected into the page as markup. */}
        {/* eslint-disable-next-line @next/next/no-img-element -- a data: URL; next/image adds nothing here */}
        <img
          src={`data:image/svg+xml;utf8,${encodeURIComponent(qrSvg)}`}
          alt={t("security.twoFactor.confirm.qrAlt")}
          width={192}
          height={192}
          className="size-48 rounded-md border bg-white p-1"
        />
        <div className="grid gap-2 text-sm">
          <p>{t("security.twoFactor.confirm.scanText")}</p>
          <p className="grid gap-1">
            <span id="manual-key-label" className="font-medium">
              {t("security.twoFactor.confirm.setupKey")}
            </span>
            <code
              aria-labelledby="manual-key-label"
              data-testid="totp-manual-key"
              className="rounded-md bg-muted px-3 py-2 font-mono text-base break-all select-all"
            >
              {manualKey}
            </code>
          </p>
          <p className="text-muted-foreground">{t("security.twoFactor.confirm.keyFacts")}</p>
        </div>
      </div>
      <form noValidate onSubmit={onSubmit} className="grid gap-5">
        <h3 className="text-base font-semibold">{t("security.twoFactor.confirm.codeHeading")}</h3>
        <FormAlert message={formError} />
        <FormField
          label={t("security.twoFactor.confirm.codeLabel")}
          id="mfa-code"
          error={errors.code?.message}
          description={codeDescription}
          required
        >
          <Input
            inputMode="numeric"
            autoComplete="one-time-code"
            pattern="[0-9]*"
            maxLength={6}
            className="max-w-40 font-mono tracking-widest"
            {...form.register("code")}
            {...fieldAriaProps("mfa-code", {
              error: errors.code?.message,
              description: codeDescription,
            })}
          />
        </FormField>
        <div className="flex flex-wrap gap-2">
          <SubmitButton pending={pending} pendingLabel={t("security.twoFactor.confirm.pending")}>
            {t("security.twoFactor.confirm.submit")}
          </SubmitButton>
          <Button type="button" variant="ghost" onClick={onCancel} disabled={pending}>
            {t("security.cancel")}
          </Button>
        </div>
      </form>
    </div>
  );
}

const reauthWithCode = reauthInput.extend({ code: secondFactorCodeSchema });

function ReauthForm({
  title,
  explanation,
  submitLabel,
  pendingLabel,
  destructive = false,
  action,
  onDone,
  onCancel,
}: {
  title: string;
  explanation: string;
  submitLabel: string;
  pendingLabel: string;
  destructive?: boolean;
  action: "disable" | "regenerate";
  onDone: (codes: string[] | null) => Promise<void>;
  onCancel: () => void;
}) {
  const t = useTranslations("account");
  const translate = useValidationMessage();
  const resolver = useMemo(
    () => translatedResolver(zodResolver(reauthWithCode), translate),
    [translate],
  );
  const trpc = useTRPC();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<z.input<typeof reauthWithCode>, unknown, z.output<typeof reauthWithCode>>({
    resolver,
    mode: "onTouched",
    defaultValues: { password: "", code: "" },
  });
  const { errors } = form.formState;
  const disable = useMutation(trpc.account.disableMfa.mutationOptions());
  const regenerate = useMutation(trpc.account.regenerateMfaRecoveryCodes.mutationOptions());
  const { setFocus } = form;
  useEffect(() => setFocus("password"), [setFocus]);

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    try {
      if (action === "disable") {
        await disable.mutateAsync(values);
        await onDone(null);
      } else {
        const result = await regenerate.mutateAsync(values);
        await onDone(result.recoveryCodes);
      }
    } catch (error) {
      setFormError(
        applyProblem(apiProblem(error), ["password", "code"] as const, (field, message) =>
          form.setError(field, { type: "server", message }),
        ),
      );
    }
  });
  const pending = form.formState.isSubmitting || disable.isPending || regenerate.isPending;
  const id = `mfa-${action}`;
  const codeDescription = t("security.twoFactor.reauth.codeDescription");

  return (
    <form
      noValidate
      onSubmit={onSubmit}
      className="grid gap-5 rounded-md border p-4"
      aria-labelledby={`${id}-title`}
    >
      <h3 id={`${id}-title`} className="text-base font-semibold">
        {title}
      </h3>
      <p className="text-sm text-muted-foreground">{explanation}</p>
      <FormAlert message={formError} />
      <FormField
        label={t("security.twoFactor.reauth.password")}
        id={`${id}-password`}
        error={errors.password?.message}
        required
      >
        <Input
          type="password"
          autoComplete="current-password"
          {...form.register("password")}
          {...fieldAriaProps(`${id}-password`, { error: errors.password?.message })}
        />
      </FormField>
      <FormField
        label={t("security.twoFactor.reauth.codeLabel")}
        id={`${id}-code`}
        error={errors.code?.message}
        description={codeDescription}
        required
      >
        <Input
          autoComplete="one-time-code"
          spellCheck={false}
          maxLength={20}
          className="max-w-60 font-mono tracking-widest"
          {...form.register("code")}
          {...fieldAriaProps(`${id}-code`, {
            error: errors.code?.message,
            description: codeDescription,
          })}
        />
      </FormField>
      <div className="flex flex-wrap gap-2">
        <SubmitButton
          pending={pending}
          pendingLabel={pendingLabel}
          variant={destructive ? "destructive" : "default"}
        >
          {submitLabel}
        </SubmitButton>
        <Button type="button" variant="ghost" onClick={onCancel} disabled={pending}>
          {t("security.cancel")}
        </Button>
      </div>
    </form>
  );
}
