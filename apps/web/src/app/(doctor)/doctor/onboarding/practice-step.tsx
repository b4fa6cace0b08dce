"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useEffect, useMemo, useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { toast } from "sonner";
import { z } from "zod";

import { practiceInput } from "@resq/api/practice-schemas";
import { fieldAriaProps, FormField } from "@resq/ui/form-field";
import { Input } from "@resq/ui/input";

import { apiProblem, applyProblem } from "~/components/api-problem";
import { FormAlert } from "~/components/forms/form-alert";
import { SubmitButton } from "~/components/forms/submit-button";
import { useIsClient } from "~/components/use-is-client";
import { viewerTimeZone } from "~/components/slots";
import { useTRPC } from "~/trpc/react";

import { selectClass, type StepProps } from "./shared";

type Translate = ReturnType<typeof useTranslations<"doctor.onboarding.practice">>;

/** The form's schema, with its own messages in the reader's language. */
const practiceFormFor = (t: Translate) =>
  practiceInput.extend({
    // An empty phone field means "no phone", not an invalid number.
    phone: z
      .string()
      .trim()
      .transform((text): string | null | undefined => text || null)
      .pipe(practiceInput.shape.phone),
    postalCode: z
      .string()
      .trim()
      .max(20, t("maxChars", { max: 20 })),
  });
type PracticeForm = ReturnType<typeof practiceFormFor>;
type PracticeValues = z.input<PracticeForm>;
const FIELDS = [
  "name",
  "addressLine",
  "city",
  "postalCode",
  "country",
  "phone",
  "timeZone",
] as const;

/** Every IANA zone the browser knows (only in the browser: Node's list may differ). */
function timeZones(isClient: boolean, current: string): string[] {
  const zones = isClient ? Intl.supportedValuesOf("timeZone") : [];
  return current && !zones.includes(current) ? [current, ...zones] : zones;
}

export function PracticeStep({ data, onSaved }: StepProps) {
  const trpc = useTRPC();
  const t = useTranslations("doctor.onboarding.practice");
  const tc = useTranslations("doctor.onboarding.common");
  const practiceForm = useMemo(() => practiceFormFor(t), [t]);
  const isClient = useIsClient();
  const [formError, setFormError] = useState<string | null>(null);
  const save = useMutation(trpc.practice.savePractice.mutationOptions());
  const practice = data.practice;
  const form = useForm<PracticeValues, unknown, z.output<PracticeForm>>({
    resolver: zodResolver(practiceForm),
    mode: "onTouched",
    defaultValues: {
      name: practice?.name ?? "",
      addressLine: practice?.addressLine ?? "",
      city: practice?.city ?? "",
      postalCode: practice?.postalCode ?? "",
      country: practice?.country ?? "US",
      phone: practice?.phone ?? "",
      timeZone: practice?.timeZone ?? "",
    },
  });
  const { errors } = form.formState;
  const timeZone = useWatch({ control: form.control, name: "timeZone" });

  useEffect(() => {
    // A new practice starts in the doctor's own zone (only the browser knows it).
    if (!form.getValues("timeZone")) form.setValue("timeZone", viewerTimeZone());
  }, [form]);
  const zones = useMemo(() => timeZones(isClient, timeZone), [isClient, timeZone]);

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    try {
      await save.mutateAsync({ ...values, postalCode: values.postalCode || null });
      toast.success(t("saved"));
      await onSaved();
    } catch (error) {
      setFormError(
        applyProblem(apiProblem(error), FIELDS, (field, message) =>
          form.setError(field, { type: "server", message }),
        ),
      );
    }
  });
  const pending = form.formState.isSubmitting || save.isPending;

  return (
    <form noValidate onSubmit={onSubmit} className="grid gap-5">
      <FormAlert message={formError} />
      <FormField label={t("name")} id="practiceName" error={errors.name?.message} required>
        <Input
          autoComplete="organization"
          {...form.register("name")}
          {...fieldAriaProps("practiceName", { error: errors.name?.message })}
        />
      </FormField>
      <FormField label={t("street")} id="addressLine" error={errors.addressLine?.message} required>
        <Input
          autoComplete="street-address"
          {...form.register("addressLine")}
          {...fieldAriaProps("addressLine", { error: errors.addressLine?.message })}
        />
      </FormField>
      <div className="grid gap-5 sm:grid-cols-3">
        <FormField label={t("city")} id="city" error={errors.city?.message} required>
          <Input
            autoComplete="address-level2"
            {...form.register("city")}
            {...fieldAriaProps("city", { error: errors.city?.message })}
          />
        </FormField>
        <FormField label={t("postalCode")} id="postalCode" error={errors.postalCode?.message}>
          <Input
            autoComplete="postal-code"
            {...form.register("postalCode")}
            {...fieldAriaProps("postalCode", { error: errors.postalCode?.message })}
          />
        </FormField>
        <FormField
          label={t("country")}
          id="country"
          error={errors.country?.message}
          description={t("countryHint")}
          required
        >
          <Input
            autoComplete="country"
            maxLength={2}
            className="uppercase"
            {...form.register("country")}
            {...fieldAriaProps("country", {
              error: errors.country?.message,
              description: "code",
            })}
          />
        </FormField>
      </div>
      <FormField label={t("phone")} id="phone" error={errors.phone?.message}>
        <Input
          type="tel"
          autoComplete="tel"
          {...form.register("phone")}
          {...fieldAriaProps("phone", { error: errors.phone?.message })}
        />
      </FormField>
      <FormField
        label={t("timeZone")}
        id="timeZone"
        error={errors.timeZone?.message}
        description={t("timeZoneHint")}
        required
      >
        <select
          className={selectClass}
          {...form.register("timeZone")}
          // Controlled: the options arrive after hydration, and the chosen one must stay selected.
          value={timeZone}
          onChange={(event) =>
            form.setValue("timeZone", event.target.value, {
              shouldValidate: true,
              shouldDirty: true,
            })
          }
          {...fieldAriaProps("timeZone", {
            error: errors.timeZone?.message,
            description: "zone",
          })}
        >
          {zones.length === 0 ? <option value="">{t("loadingZones")}</option> : null}
          {zones.map((zone) => (
            <option key={zone} value={zone}>
              {zone.replaceAll("_", " ")}
            </option>
          ))}
        </select>
      </FormField>
      <SubmitButton pending={pending} pendingLabel={tc("saving")} className="justify-self-start">
        {tc("saveAndContinue")}
      </SubmitButton>
    </form>
  );
}
