"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
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

const ROLE_WORDS: Record<UserRole, string> = {
  patient: "patient",
  doctor: "doctor",
  admin: "administrator",
};

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
      title="Two-factor sign-in"
      description="A 6-digit code from an authenticator app on your phone, asked for after your password. Someone who learns your password still cannot sign in."
    >
      {mustEnrolNow && !status.enabled ? (
        <p role="status" className="rounded-md border border-warning bg-warning/10 p-4 text-sm">
          RESQ requires every {ROLE_WORDS[role]} to use two-factor sign-in. Set it up below to
          continue: it takes about a minute with an authenticator app such as Google Authenticator,
          Microsoft Authenticator, 1Password or Aegis.
        </p>
      ) : null}

      <div className="flex flex-wrap items-center gap-2 text-sm">
        <span className="font-medium">Status:</span>
        {status.enabled ? (
          <Badge variant="success">On</Badge>
        ) : (
          <Badge variant="secondary">Off</Badge>
        )}
        {status.enabled ? (
          <span
            className={
              status.recoveryCodesLeft <= 3
                ? "font-medium text-destructive"
                : "text-muted-foreground"
            }
          >
            {status.recoveryCodesLeft} unused recovery{" "}
            {status.recoveryCodesLeft === 1 ? "code" : "codes"} left
          </span>
        ) : null}
      </div>
      {status.required ? (
        <p className="text-sm text-muted-foreground">
          Your role ({ROLE_WORDS[role]}) must use two-factor sign-in, so it cannot be turned off. If
          you lose your phone, use a recovery code or ask an administrator to reset it.
        </p>
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
                Continue to your dashboard
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
          Set up two-factor sign-in
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
            toast.success("Two-factor sign-in is on. Save your recovery codes.");
            await refreshStatus();
          }}
          onCancel={() => setStep({ kind: "idle" })}
        />
      ) : null}

      {status.enabled && step.kind === "idle" ? (
        <div className="flex flex-wrap gap-2">
          <Button type="button" variant="outline" onClick={() => setStep({ kind: "regenerate" })}>
            Make new recovery codes
          </Button>
          {!status.required ? (
            <Button type="button" variant="outline" onClick={() => setStep({ kind: "disable" })}>
              Turn off two-factor sign-in
            </Button>
          ) : null}
        </div>
      ) : null}
      {status.enabled && step.kind === "regenerate" ? (
        <ReauthForm
          title="Make new recovery codes"
          explanation="Your old recovery codes stop working. Confirm with your password and a code from your app."
          submitLabel="Make new codes"
          pendingLabel="Making new codes…"
          action="regenerate"
          onDone={async (codes) => {
            setStep({ kind: "codes", codes: codes ?? [], justEnabled: false });
            toast.success("New recovery codes made; the old ones no longer work.");
            await refreshStatus();
          }}
          onCancel={() => setStep({ kind: "idle" })}
        />
      ) : null}
      {status.enabled && !status.required && step.kind === "disable" ? (
        <ReauthForm
          title="Turn off two-factor sign-in"
          explanation="Your account will be protected by your password alone, and your other devices are signed out. Confirm with your password and a code from your app."
          submitLabel="Turn off"
          pendingLabel="Turning off…"
          destructive
          action="disable"
          onDone={async () => {
            setStep({ kind: "idle" });
            toast.success("Two-factor sign-in is off.");
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
  const trpc = useTRPC();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<z.input<typeof passwordOnly>, unknown, z.output<typeof passwordOnly>>({
    resolver: zodResolver(passwordOnly),
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
        Step 1 of 3: confirm it is you
      </h3>
      <FormAlert message={formError} />
      <FormField label="Your password" id="mfa-password" error={errors.password?.message} required>
        <Input
          type="password"
          autoComplete="current-password"
          {...form.register("password")}
          {...fieldAriaProps("mfa-password", { error: errors.password?.message })}
        />
      </FormField>
      <div className="flex flex-wrap gap-2">
        <SubmitButton pending={pending} pendingLabel="Preparing your key…">
          Continue
        </SubmitButton>
        <Button type="button" variant="ghost" onClick={onCancel} disabled={pending}>
          Cancel
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
  const trpc = useTRPC();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<z.input<typeof confirmMfaInput>, unknown, z.output<typeof confirmMfaInput>>({
    resolver: zodResolver(confirmMfaInput),
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
  const codeDescription = "The 6-digit code your app now shows for RESQ.";

  return (
    <div className="grid gap-5">
      <h3 ref={headingRef} tabIndex={-1} className="text-base font-semibold focus:outline-none">
        Step 2 of 3: add RESQ to your authenticator app
      </h3>
      <div className="grid gap-4 sm:grid-cols-[auto_1fr] sm:items-start">
        {/* An SVG made on the server, shown as an image: never injected into the page as markup. */}
        {/* eslint-disable-next-line @next/next/no-img-element -- a data: URL; next/image adds nothing here */}
        <img
          src={`data:image/svg+xml;utf8,${encodeURIComponent(qrSvg)}`}
          alt="QR code for your authenticator app"
          width={192}
          height={192}
          className="size-48 rounded-md border bg-white p-1"
        />
        <div className="grid gap-2 text-sm">
          <p>
            Scan the QR code with your authenticator app. Cannot scan it? Type this key in instead:
          </p>
          <p className="grid gap-1">
            <span id="manual-key-label" className="font-medium">
              Setup key
            </span>
            <code
              aria-labelledby="manual-key-label"
              data-testid="totp-manual-key"
              className="rounded-md bg-muted px-3 py-2 font-mono text-base break-all select-all"
            >
              {manualKey}
            </code>
          </p>
          <p className="text-muted-foreground">Time-based, 6 digits, every 30 seconds.</p>
        </div>
      </div>
      <form noValidate onSubmit={onSubmit} className="grid gap-5">
        <h3 className="text-base font-semibold">Step 3 of 3: enter a code to confirm</h3>
        <FormAlert message={formError} />
        <FormField
          label="Code from your app"
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
          <SubmitButton pending={pending} pendingLabel="Checking the code…">
            Turn on two-factor sign-in
          </SubmitButton>
          <Button type="button" variant="ghost" onClick={onCancel} disabled={pending}>
            Cancel
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
  const trpc = useTRPC();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<z.input<typeof reauthWithCode>, unknown, z.output<typeof reauthWithCode>>({
    resolver: zodResolver(reauthWithCode),
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
  const codeDescription = "From your authenticator app, or one of your recovery codes.";

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
        label="Your password"
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
        label="Authentication code"
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
          Cancel
        </Button>
      </div>
    </form>
  );
}
