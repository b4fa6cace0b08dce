"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
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
const whole = (min: number, max: number, unit: string) =>
  z
    .number()
    .int("Use a whole number.")
    .min(min, `At least ${min} ${unit}.`)
    .max(max, `At most ${max} ${unit}.`);

const bookingForm = z.object({
  bufferBeforeMinutes: numberField(
    whole(0, 120, "minutes").pipe(shape.bufferBeforeMinutes),
    "Enter minutes (0 for none).",
  ),
  bufferAfterMinutes: numberField(
    whole(0, 120, "minutes").pipe(shape.bufferAfterMinutes),
    "Enter minutes (0 for none).",
  ),
  // Shown in hours, stored in minutes.
  minimumNoticeHours: numberField(
    z
      .number()
      .min(0, "Cannot be negative.")
      .max(14 * 24, "At most 336 hours (two weeks)."),
    "Enter hours (0 for none).",
  ),
  bookingHorizonDays: numberField(
    whole(1, 365, "days").pipe(shape.bookingHorizonDays),
    "Enter days.",
  ),
  // Empty means no daily limit.
  maxAppointmentsPerDay: z
    .number({ error: "Enter a whole number, or leave it empty for no limit." })
    .int("Use a whole number.")
    .min(1, "At least 1, or leave it empty for no limit.")
    .max(100, "At most 100.")
    .nullable(),
  cancellationWindowHours: numberField(
    whole(0, 14 * 24, "hours").pipe(shape.cancellationWindowHours),
    "Enter hours (0 to allow cancelling any time).",
  ),
});
type BookingValues = z.input<typeof bookingForm>;
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
  const [formError, setFormError] = useState<string | null>(null);
  const save = useMutation(trpc.practice.saveBookingSettings.mutationOptions());
  const { booking } = data;
  const form = useForm<BookingValues, unknown, z.output<typeof bookingForm>>({
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
      toast.success("Booking rules saved.");
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
      <p className="text-sm text-muted-foreground">
        How patients may book and cancel. Sensible defaults are filled in; change what you need.
      </p>
      <FormAlert message={formError} />
      <div className="grid gap-5 sm:grid-cols-2">
        <NumberField
          id="bufferBeforeMinutes"
          label="Break before each visit (minutes)"
          description="Time kept free before an appointment."
          error={errors.bufferBeforeMinutes?.message}
          registration={form.register("bufferBeforeMinutes", asNumber)}
        />
        <NumberField
          id="bufferAfterMinutes"
          label="Break after each visit (minutes)"
          description="Time for notes after an appointment."
          error={errors.bufferAfterMinutes?.message}
          registration={form.register("bufferAfterMinutes", asNumber)}
        />
        <NumberField
          id="minimumNoticeHours"
          label="Minimum notice (hours)"
          description="How long before a visit patients can still book it."
          error={errors.minimumNoticeHours?.message}
          registration={form.register("minimumNoticeHours", asNumber)}
          step={0.5}
        />
        <NumberField
          id="bookingHorizonDays"
          label="Booking horizon (days)"
          description="How far ahead patients can book."
          error={errors.bookingHorizonDays?.message}
          registration={form.register("bookingHorizonDays", asNumber)}
        />
        <NumberField
          id="maxAppointmentsPerDay"
          label="Most appointments per day"
          description="Leave empty for no limit."
          error={errors.maxAppointmentsPerDay?.message}
          registration={form.register("maxAppointmentsPerDay", {
            setValueAs: (value: unknown) =>
              value === "" || value === null || value === undefined ? null : Number(value),
          })}
          required={false}
        />
        <NumberField
          id="cancellationWindowHours"
          label="Free cancellation until (hours before)"
          description="Later cancellations are marked late."
          error={errors.cancellationWindowHours?.message}
          registration={form.register("cancellationWindowHours", asNumber)}
        />
      </div>
      <SubmitButton pending={pending} pendingLabel="Saving…" className="justify-self-start">
        Save and continue
      </SubmitButton>
    </form>
  );
}
