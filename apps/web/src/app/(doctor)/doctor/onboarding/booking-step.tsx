"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import { useForm } from "react-hook-form";
import { toast } from "sonner";
import { z } from "zod";

import { bookingSettingsInput } from "@resq/api/practice-schemas";
import { fieldAriaProps, FormField } from "@resq/ui/form-field";
import { Input } from "@resq/ui/input";

import { apiProblem, applyProblem } from "~/components/api-problem";
import { FormAlert } from "~/components/forms/form-alert";
import { SubmitButton } from "~/components/forms/submit-button";
import { useTRPC } from "~/trpc/react";

import { asNumber, numberField, type StepProps } from "./shared";

const shape = bookingSettingsInput.shape;

type Translate = ReturnType<typeof useTranslations<"doctor.onboarding.booking">>;

/** The form's schema, with its messages in the reader's language. */
function bookingFormFor(t: Translate) {
  const whole = (min: number, max: number, unit: "minutes" | "hours" | "days") =>
    z
      .number()
      .int(t("wholeNumber"))
      .min(
        min,
        unit === "minutes"
          ? t("atLeastMinutes", { min })
          : unit === "hours"
            ? t("atLeastHours", { min })
            : t("atLeastDays", { min }),
      )
      .max(
        max,
        unit === "minutes"
          ? t("atMostMinutes", { max })
          : unit === "hours"
            ? t("atMostHours", { max })
            : t("atMostDays", { max }),
      );

  return z.object({
    bufferBeforeMinutes: numberField(
      whole(0, 120, "minutes").pipe(shape.bufferBeforeMinutes),
      t("enterMinutes"),
    ),
    bufferAfterMinutes: numberField(
      whole(0, 120, "minutes").pipe(shape.bufferAfterMinutes),
      t("enterMinutes"),
    ),
    // Shown in hours, stored in minutes.
    minimumNoticeHours: numberField(
      z
        .number()
        .min(0, t("notNegative"))
        .max(14 * 24, t("noticeMax")),
      t("enterHours"),
    ),
    bookingHorizonDays: numberField(
      whole(1, 365, "days").pipe(shape.bookingHorizonDays),
      t("enterDays"),
    ),
    // Empty means no daily limit.
    maxAppointmentsPerDay: z
      .number({ error: t("maxPerDayRequired") })
      .int(t("wholeNumber"))
      .min(1, t("maxPerDayMin"))
      .max(100, t("maxPerDayMax"))
      .nullable(),
    cancellationWindowHours: numberField(
      whole(0, 14 * 24, "hours").pipe(shape.cancellationWindowHours),
      t("enterCancellationHours"),
    ),
  });
}
type BookingForm = ReturnType<typeof bookingFormFor>;
type BookingValues = z.input<BookingForm>;
const FIELDS = [
  "bufferBeforeMinutes",
  "bufferAfterMinutes",
  "bookingHorizonDays",
  "maxAppointmentsPerDay",
  "cancellationWindowHours",
] as const;

function NumberField({
  id,
  label,
  description,
  error,
  registration,
  required = true,
  step = 1,
}: {
  id: string;
  label: string;
  description: string;
  error: string | undefined;
  registration: React.ComponentProps<"input">;
  required?: boolean;
  step?: number;
}) {
  return (
    <FormField label={label} id={id} error={error} description={description} required={required}>
      <Input
        type="number"
        inputMode={step < 1 ? "decimal" : "numeric"}
        min={0}
        step={step}
        className="w-36"
        {...registration}
        {...fieldAriaProps(id, { error, description })}
      />
    </FormField>
  );
}

export function BookingStep({ data, onSaved }: StepProps) {
  const trpc = useTRPC();
  const t = useTranslations("doctor.onboarding.booking");
  const tc = useTranslations("doctor.onboarding.common");
  const bookingForm = useMemo(() => bookingFormFor(t), [t]);
  const [formError, setFormError] = useState<string | null>(null);
  const save = useMutation(trpc.practice.saveBookingSettings.mutationOptions());
  const { booking } = data;
  const form = useForm<BookingValues, unknown, z.output<BookingForm>>({
    resolver: zodResolver(bookingForm),
    mode: "onTouched",
    defaultValues: {
      bufferBeforeMinutes: booking.bufferBeforeMinutes,
      bufferAfterMinutes: booking.bufferAfterMinutes,
      minimumNoticeHours: booking.minimumNoticeMinutes / 60,
      bookingHorizonDays: booking.bookingHorizonDays,
      maxAppointmentsPerDay: booking.maxAppointmentsPerDay,
      cancellationWindowHours: booking.cancellationWindowHours,
    },
  });
  const { errors } = form.formState;

  const onSubmit = form.handleSubmit(async ({ minimumNoticeHours, ...values }) => {
    setFormError(null);
    try {
      await save.mutateAsync({
        ...values,
        minimumNoticeMinutes: Math.round(minimumNoticeHours * 60),
      });
      toast.success(t("saved"));
      await onSaved();
    } catch (error) {
      const problem = apiProblem(error);
      if (problem.fields.minimumNoticeMinutes)
        form.setError("minimumNoticeHours", {
          type: "server",
          message: problem.fields.minimumNoticeMinutes,
        });
      setFormError(
        applyProblem(problem, FIELDS, (field, message) =>
          form.setError(field, { type: "server", message }),
        ),
      );
    }
  });
  const pending = form.formState.isSubmitting || save.isPending;

  return (
    <form noValidate onSubmit={onSubmit} className="grid gap-5">
      <p className="text-sm text-muted-foreground">{t("intro")}</p>
      <FormAlert message={formError} />
      <div className="grid gap-5 sm:grid-cols-2">
        <NumberField
          id="bufferBeforeMinutes"
          label={t("bufferBefore")}
          description={t("bufferBeforeHint")}
          error={errors.bufferBeforeMinutes?.message}
          registration={form.register("bufferBeforeMinutes", asNumber)}
        />
        <NumberField
          id="bufferAfterMinutes"
          label={t("bufferAfter")}
          description={t("bufferAfterHint")}
          error={errors.bufferAfterMinutes?.message}
          registration={form.register("bufferAfterMinutes", asNumber)}
        />
        <NumberField
          id="minimumNoticeHours"
          label={t("notice")}
          description={t("noticeHint")}
          error={errors.minimumNoticeHours?.message}
          registration={form.register("minimumNoticeHours", asNumber)}
          step={0.5}
        />
        <NumberField
          id="bookingHorizonDays"
          label={t("horizon")}
          description={t("horizonHint")}
          error={errors.bookingHorizonDays?.message}
          registration={form.register("bookingHorizonDays", asNumber)}
        />
        <NumberField
          id="maxAppointmentsPerDay"
          label={t("maxPerDay")}
          description={t("maxPerDayHint")}
          error={errors.maxAppointmentsPerDay?.message}
          registration={form.register("maxAppointmentsPerDay", {
            setValueAs: (value: unknown) =>
              value === "" || value === null || value === undefined ? null : Number(value),
          })}
          required={false}
        />
        <NumberField
          id="cancellationWindowHours"
          label={t("cancellation")}
          description={t("cancellationHint")}
          error={errors.cancellationWindowHours?.message}
          registration={form.register("cancellationWindowHours", asNumber)}
        />
      </div>
      <SubmitButton pending={pending} pendingLabel={tc("saving")} className="justify-self-start">
        {tc("saveAndContinue")}
      </SubmitButton>
    </form>
  );
}
