"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useMemo, useState, useSyncExternalStore } from "react";
import { useForm, useWatch, type UseFormRegisterReturn } from "react-hook-form";
import { toast } from "sonner";
import type { z } from "zod";

import {
  EARLIEST_BIRTH_DATE,
  latestDateOnEarth,
  PATIENT_PROFILE_FIELDS,
  patientProfileSchema,
  SEXES_AT_BIRTH,
  type PatientProfileField,
} from "@resq/api/patient-profile-schemas";
import { Button } from "@resq/ui/button";
import { fieldAriaProps, fieldDescriptionId, FormField } from "@resq/ui/form-field";
import { Input } from "@resq/ui/input";

import { apiProblem } from "~/components/api-problem";
import { FormAlert } from "~/components/forms/form-alert";
import { nativeSelectClass } from "~/components/forms/native-select";
import { SubmitButton } from "~/components/forms/submit-button";
import { useTRPC } from "~/trpc/react";

import { formValuesOf, type PatientProfileFormValues } from "./form-values";

type ProfileSchema = ReturnType<typeof patientProfileSchema>;

/** The time zone this device is set to; none while rendering on the server. */
const noSubscription = () => () => {};
const deviceTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;
const noDeviceTimeZone = () => null;

/** "America/Argentina/Buenos_Aires" → "America/Argentina/Buenos Aires". */
const zoneLabel = (zone: string) => zone.replaceAll("_", " ");

/**
 * The patient's own profile. It validates with the API's own schema (built with this page's
 * language), saves the whole profile at once, and refreshes the page so the completeness above
 * and the name in the header follow.
 */
export function PatientProfileForm({
  initial,
  timeZones,
}: {
  initial: PatientProfileFormValues;
  timeZones: string[];
}) {
  const t = useTranslations("profile");
  const trpc = useTRPC();
  const router = useRouter();
  const save = useMutation(trpc.patientProfile.update.mutationOptions());
  const [formError, setFormError] = useState<string | null>(null);
  const schema = useMemo(
    () => patientProfileSchema((key, values) => t(`errors.${key}`, values)),
    [t],
  );
  const form = useForm<z.input<ProfileSchema>, unknown, z.output<ProfileSchema>>({
    resolver: zodResolver(schema),
    mode: "onTouched",
    defaultValues: initial,
  });
  const { errors } = form.formState;
  const chosenZone = useWatch({ control: form.control, name: "timeZone" });
  const deviceZone = useSyncExternalStore(noSubscription, deviceTimeZone, noDeviceTimeZone);
  const zones = useMemo(
    () =>
      deviceZone && !timeZones.includes(deviceZone) ? [...timeZones, deviceZone].sort() : timeZones,
    [timeZones, deviceZone],
  );

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    try {
      const { changed, profile } = await save.mutateAsync(values);
      // The saved, cleaned-up values (trimmed, blanks cleared) become the form's new starting point.
      form.reset(formValuesOf(profile));
      toast.success(changed.length > 0 ? t("saved") : t("unchanged"));
      router.refresh();
    } catch (error) {
      const problem = apiProblem(error);
      // The API's messages are English; the fields it names get this page's own words.
      const rejected = PATIENT_PROFILE_FIELDS.filter((field) => problem.fields[field]);
      for (const field of rejected)
        form.setError(field, { type: "server", message: t("errors.serverRejected") });
      if (rejected.length === 0)
        setFormError(problem.httpStatus === null ? t("errors.offline") : t("errors.saveFailed"));
    }
  });

  /** A labelled control with its hint and its error, both read out with it. */
  const field = (
    name: PatientProfileField,
    control: (
      aria: ReturnType<typeof fieldAriaProps>,
      registration: UseFormRegisterReturn<PatientProfileField>,
    ) => React.ReactNode,
    options: { hint?: string; className?: string } = {},
  ) => {
    const id = `profile-${name}`;
    const error = errors[name]?.message;
    return (
      <FormField
        label={t(`fields.${name}`)}
        id={id}
        error={error}
        description={options.hint}
        className={options.className}
      >
        {control(fieldAriaProps(id, { error, description: options.hint }), form.register(name))}
      </FormField>
    );
  };
  const text = (
    name: Exclude<PatientProfileField, "sexAtBirth" | "timeZone" | "dateOfBirth">,
    autoComplete: string,
    options: { type?: "text" | "tel"; hint?: string; required?: boolean; className?: string } = {},
  ) =>
    field(
      name,
      (aria, registration) => (
        <Input
          type={options.type ?? "text"}
          autoComplete={autoComplete}
          // Said by the screen reader in its own language; the page says which fields are optional.
          aria-required={options.required ? true : undefined}
          {...registration}
          {...aria}
        />
      ),
      options,
    );

  return (
    <form noValidate onSubmit={(event) => void onSubmit(event)} className="grid gap-6">
      <FormAlert message={formError} />

      <Group legend={t("sections.about")}>
        {text("name", "name", { required: true, className: "sm:col-span-2" })}
        {field("dateOfBirth", (aria, registration) => (
          <Input
            type="date"
            autoComplete="bday"
            min={EARLIEST_BIRTH_DATE}
            max={latestDateOnEarth()}
            {...registration}
            {...aria}
          />
        ))}
        {field(
          "sexAtBirth",
          (aria, registration) => (
            <select className={nativeSelectClass} {...registration} {...aria}>
              <option value="">{t("fields.notAnswered")}</option>
              {SEXES_AT_BIRTH.map((sex) => (
                <option key={sex} value={sex}>
                  {t(`sexAtBirth.${sex}`)}
                </option>
              ))}
            </select>
          ),
          { hint: t("fields.sexAtBirthHint") },
        )}
      </Group>

      <Group legend={t("sections.contact")}>
        {text("phone", "tel", {
          type: "tel",
          hint: t("fields.phoneHint"),
          className: "sm:col-span-2",
        })}
        {text("addressLine", "street-address", { className: "sm:col-span-2" })}
        {text("city", "address-level2")}
        {text("postalCode", "postal-code")}
        {text("country", "country-name", { className: "sm:col-span-2" })}
      </Group>

      <Group legend={t("sections.emergency")} hint={t("sections.emergencyHint")} id="emergency">
        {/* Another person's details: the browser must not fill in the patient's own. */}
        {text("emergencyContactName", "off")}
        {text("emergencyContactPhone", "off", { type: "tel" })}
      </Group>

      <Group legend={t("sections.preferences")}>
        {field(
          "timeZone",
          (aria, registration) => (
            <select className={nativeSelectClass} {...registration} {...aria}>
              <option value="">{t("fields.timeZoneNotSet")}</option>
              {zones.map((zone) => (
                <option key={zone} value={zone}>
                  {zoneLabel(zone)}
                </option>
              ))}
            </select>
          ),
          { hint: t("fields.timeZoneHint"), className: "sm:col-span-2" },
        )}
        {deviceZone && deviceZone !== chosenZone ? (
          <div className="sm:col-span-2">
            <Button
              type="button"
              variant="outline"
              size="sm"
              className="h-auto min-h-8 text-left whitespace-normal"
              onClick={() =>
                form.setValue("timeZone", deviceZone, { shouldDirty: true, shouldValidate: true })
              }
            >
              {t("fields.useDeviceTimeZone", { zone: zoneLabel(deviceZone) })}
            </Button>
          </div>
        ) : null}
      </Group>

      <div>
        <SubmitButton
          pending={form.formState.isSubmitting || save.isPending}
          pendingLabel={t("saving")}
          className="w-full sm:w-auto"
        >
          {t("save")}
        </SubmitButton>
      </div>
    </form>
  );
}

/** A titled group of fields (a fieldset, so the legend is read with each of its fields). */
function Group({
  legend,
  hint,
  id,
  children,
}: {
  legend: string;
  hint?: string;
  id?: string;
  children: React.ReactNode;
}) {
  const hintId = id ? fieldDescriptionId(`group-${id}`) : undefined;
  return (
    <fieldset
      className="grid min-w-0 gap-4 rounded-xl border p-4 sm:grid-cols-2 sm:p-6"
      aria-describedby={hint ? hintId : undefined}
    >
      <legend className="px-1 text-lg font-semibold">{legend}</legend>
      {hint ? (
        <p id={hintId} className="text-sm text-muted-foreground sm:col-span-2">
          {hint}
        </p>
      ) : null}
      {children}
    </fieldset>
  );
}
