"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { ShieldAlert } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useMemo, useState, useSyncExternalStore } from "react";
import { useForm } from "react-hook-form";
import { z } from "zod";

import { fieldAriaProps, FormField } from "@resq/ui/form-field";
import { Input } from "@resq/ui/input";
import { Textarea } from "@resq/ui/textarea";

import { apiProblem, applyProblem } from "~/components/api-problem";
import { FormAlert } from "~/components/forms/form-alert";
import { SubmitButton } from "~/components/forms/submit-button";
import { LocalTime } from "~/components/local-time";
import { useTRPC } from "~/trpc/react";

// Mirrors breakGlassInput (packages/api/src/router/records/schemas.ts), which the web app cannot
// import yet (no `@resq/api/records-schemas` export).
const schemaFor = (t: ReturnType<typeof useTranslations<"records.breakGlass">>) =>
  z.object({
    reason: z
      .string()
      .trim()
      .min(15, t("errors.reasonTooShort"))
      .max(500, t("errors.reasonTooLong")),
    minutes: z.coerce
      .number<string>(t("errors.minutesRequired"))
      .int(t("errors.minutesWhole"))
      .min(5, t("errors.minutesTooFew"))
      .max(240, t("errors.minutesTooMany")),
  });
type Input = z.input<ReturnType<typeof schemaFor>>;
type Output = z.output<ReturnType<typeof schemaFor>>;
const FIELDS = ["reason", "minutes"] as const;

const storageKey = (patientId: string) => `resq.breakGlass.${patientId}`;

/** Emergency access to a chart outside the doctor's care: a reason and a time limit. */
export function BreakGlassForm({ patientId }: { patientId: string }) {
  const t = useTranslations("records.breakGlass");
  const schema = useMemo(() => schemaFor(t), [t]);
  const trpc = useTRPC();
  const router = useRouter();
  const breakGlass = useMutation(trpc.records.breakGlass.mutationOptions());
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<Input, unknown, Output>({
    resolver: zodResolver(schema),
    mode: "onTouched",
    defaultValues: { reason: "", minutes: "60" },
  });
  const { errors } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    try {
      const grant = await breakGlass.mutateAsync({ patientId, ...values });
      try {
        window.localStorage.setItem(storageKey(patientId), new Date(grant.expiresAt).toISOString());
      } catch {
        // Storage may be unavailable; the banner then shows no end time.
      }
      router.refresh();
    } catch (error) {
      setFormError(
        applyProblem(apiProblem(error), FIELDS, (field, message) =>
          form.setError(field, { type: "server", message }),
        ),
      );
    }
  });

  return (
    <form noValidate onSubmit={(event) => void onSubmit(event)} className="grid gap-4">
      <p className="flex items-start gap-2 rounded-md border border-destructive/50 bg-destructive/10 px-3 py-2 text-sm">
        <ShieldAlert aria-hidden="true" className="mt-0.5 size-4 shrink-0 text-destructive" />
        <span>{t.rich("warning", { strong: (chunks) => <strong>{chunks}</strong> })}</span>
      </p>
      <FormAlert message={formError} />
      <FormField
        label={t("reason")}
        id="bg-reason"
        error={errors.reason?.message}
        description={t("reasonHint")}
        required
      >
        <Textarea
          rows={3}
          maxLength={500}
          {...form.register("reason")}
          {...fieldAriaProps("bg-reason", {
            error: errors.reason?.message,
            description: "bg-reason",
          })}
        />
      </FormField>
      <FormField
        label={t("minutes")}
        id="bg-minutes"
        error={errors.minutes?.message}
        description={t("minutesHint")}
        required
      >
        <Input
          type="number"
          inputMode="numeric"
          min={5}
          max={240}
          className="max-w-40"
          {...form.register("minutes")}
          {...fieldAriaProps("bg-minutes", {
            error: errors.minutes?.message,
            description: "bg-minutes",
          })}
        />
      </FormField>
      <div>
        <SubmitButton
          variant="destructive"
          pending={form.formState.isSubmitting}
          pendingLabel={t("opening")}
        >
          {t("submit")}
        </SubmitButton>
      </div>
    </form>
  );
}

const subscribeNever = () => () => undefined;

/** The persistent banner over a chart opened by break-glass access. */
export function EmergencyBanner({ patientId }: { patientId: string }) {
  const t = useTranslations("records.breakGlass");
  const until = useSyncExternalStore(
    subscribeNever,
    () => {
      try {
        return window.localStorage.getItem(storageKey(patientId));
      } catch {
        return null;
      }
    },
    () => null,
  );
  const expires = until && !Number.isNaN(Date.parse(until)) ? until : null;
  return (
    <div
      role="status"
      className="flex items-start gap-2 rounded-xl border-2 border-destructive bg-destructive/10 p-4"
    >
      <ShieldAlert aria-hidden="true" className="mt-0.5 size-5 shrink-0 text-destructive" />
      <p>
        <strong>
          {expires
            ? t.rich("bannerUntil", { time: () => <LocalTime date={expires} /> })
            : t("bannerLimited")}
        </strong>{" "}
        {t("bannerBody")}
      </p>
    </div>
  );
}
