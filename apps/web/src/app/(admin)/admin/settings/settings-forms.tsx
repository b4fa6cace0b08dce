"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useMemo, useState } from "react";
import {
  useForm,
  type FieldValues,
  type Path,
  type Resolver,
  type UseFormReturn,
} from "react-hook-form";
import { toast } from "sonner";
import { z } from "zod";

import { settingGroupSchemas, type SettingGroup } from "@resq/api/admin-schemas";
import { fieldAriaProps, FormField } from "@resq/ui/form-field";
import { Input } from "@resq/ui/input";
import { Textarea } from "@resq/ui/textarea";

import { apiProblem } from "~/components/api-problem";
import { FormAlert } from "~/components/forms/form-alert";
import { SubmitButton } from "~/components/forms/submit-button";
import { useTRPC } from "~/trpc/react";

import { localizedResolver } from "../schema-messages";

type Values<G extends SettingGroup> = z.output<(typeof settingGroupSchemas)[G]>;

/** `register` options for a number input: "" → NaN, which the schema reports as "Enter a number." */
const asNumber = {
  setValueAs: (value: unknown) =>
    value === "" || value === null || value === undefined ? Number.NaN : Number(value),
};

/**
 * One settings group as a form: validated in the browser by the API's own schema (adapted where
 * the form shows a value differently), saved as one change, server field errors put back on fields.
 */
function SettingsForm<G extends SettingGroup, F extends FieldValues>({
  group,
  schema,
  defaultValues,
  children,
}: {
  group: G;
  schema: z.ZodType<Values<G>, F>;
  defaultValues: F;
  children: (form: UseFormReturn<F, unknown, Values<G>>) => React.ReactNode;
}) {
  const t = useTranslations("admin");
  const trpc = useTRPC();
  const router = useRouter();
  const save = useMutation(trpc.admin.updateSettings.mutationOptions());
  const [formError, setFormError] = useState<string | null>(null);
  const resolver = useMemo(
    () =>
      localizedResolver(
        zodResolver(schema as z.ZodType<Values<G>, F> & z.ZodObject) as unknown as Resolver<
          F,
          unknown,
          Values<G>
        >,
        t,
      ),
    [schema, t],
  );
  const groupName: SettingGroup = group;
  const form = useForm<F, unknown, Values<G>>({
    resolver,
    mode: "onTouched",
    defaultValues: defaultValues as never,
  });

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    try {
      const saved = await save.mutateAsync({ group, values } as never);
      toast.success(saved.changed.length ? t("settings.saved") : t("settings.unchanged"));
      router.refresh();
    } catch (error) {
      const problem = apiProblem(error);
      let placed = false;
      for (const [key, message] of Object.entries(problem.fields)) {
        // "values.horizonDays" → the form's field of the same name.
        const field = key.replace(/^values\./, "").split(".")[0] ?? key;
        form.setError(field as Path<F>, { type: "server", message });
        placed = true;
      }
      if (!placed) setFormError(problem.message);
    }
  });

  return (
    <form noValidate onSubmit={(event) => void onSubmit(event)} className="grid gap-4">
      <FormAlert message={formError} />
      {children(form)}
      <div>
        <SubmitButton pending={save.isPending} pendingLabel={t("common.saving")}>
          {t(`settings.save.${groupName}`)}
        </SubmitButton>
      </div>
    </form>
  );
}

function errorOf(form: UseFormReturn<FieldValues>, name: string): string | undefined {
  const error = form.formState.errors[name];
  return typeof error?.message === "string" ? error.message : undefined;
}

function TextSetting({
  form,
  name,
  label,
  description,
  type = "text",
  step,
}: {
  form: UseFormReturn<FieldValues>;
  name: string;
  label: string;
  description?: string;
  type?: string;
  step?: number;
}) {
  const error = errorOf(form, name);
  const id = `setting-${name}`;
  return (
    <FormField label={label} id={id} error={error} description={description} required>
      <Input
        type={type}
        step={step}
        inputMode={type === "number" ? (step && step < 1 ? "decimal" : "numeric") : undefined}
        className={type === "number" ? "w-40" : undefined}
        {...form.register(name, type === "number" ? asNumber : undefined)}
        {...fieldAriaProps(id, { error, description })}
      />
    </FormField>
  );
}

function CheckboxSetting({
  form,
  name,
  legend,
  options,
}: {
  form: UseFormReturn<FieldValues>;
  name: string;
  legend: string;
  options: { value: string; label: string }[];
}) {
  const error = errorOf(form, name);
  const errorId = `setting-${name}-error`;
  return (
    <fieldset className="grid gap-2" aria-describedby={error ? errorId : undefined}>
      <legend className="mb-1 text-sm font-medium">{legend}</legend>
      <div className="flex flex-wrap gap-x-6 gap-y-2">
        {options.map((option) => (
          <label key={option.value} className="flex items-center gap-2 text-sm">
            <input
              type="checkbox"
              value={option.value}
              className="size-5 accent-primary"
              {...form.register(name)}
            />
            {option.label}
          </label>
        ))}
      </div>
      <p id={errorId} role="alert" className="text-sm font-medium text-destructive">
        {error}
      </p>
    </fieldset>
  );
}

const asFields = <F extends FieldValues>(form: UseFormReturn<F, unknown, never>) =>
  form as unknown as UseFormReturn<FieldValues>;

export function PlatformForm({ values }: { values: Values<"platform"> }) {
  const t = useTranslations("admin.settings");
  return (
    <SettingsForm group="platform" schema={settingGroupSchemas.platform} defaultValues={values}>
      {(typed) => {
        const form = asFields(typed as never);
        const bannerError = errorOf(form, "maintenanceBanner");
        const bannerHelp = t("bannerHelp");
        return (
          <div className="grid gap-4 sm:grid-cols-2">
            <TextSetting form={form} name="name" label={t("platformName")} />
            <TextSetting form={form} name="supportEmail" label={t("supportEmail")} type="email" />
            <div className="sm:col-span-2">
              <FormField
                label={t("banner")}
                id="setting-maintenanceBanner"
                error={bannerError}
                description={bannerHelp}
              >
                <Textarea
                  rows={2}
                  maxLength={300}
                  {...form.register("maintenanceBanner")}
                  {...fieldAriaProps("setting-maintenanceBanner", {
                    error: bannerError,
                    description: bannerHelp,
                  })}
                />
              </FormField>
            </div>
          </div>
        );
      }}
    </SettingsForm>
  );
}

export function SecurityForm({ values }: { values: Values<"security"> }) {
  const t = useTranslations("admin.settings");
  return (
    <SettingsForm group="security" schema={settingGroupSchemas.security} defaultValues={values}>
      {(typed) => {
        const form = asFields(typed as never);
        return (
          <div className="grid gap-4 sm:grid-cols-2">
            <div className="sm:col-span-2">
              <CheckboxSetting
                form={form}
                name="mfaRequiredRoles"
                legend={t("mfaRequiredFor")}
                options={[
                  { value: "patient", label: t("patients") },
                  { value: "doctor", label: t("doctors") },
                  { value: "admin", label: t("admins") },
                ]}
              />
            </div>
            <TextSetting
              form={form}
              name="sessionIdleTimeoutMinutes"
              label={t("idleTimeout")}
              type="number"
            />
            <TextSetting
              form={form}
              name="sessionAbsoluteLifetimeHours"
              label={t("sessionLifetime")}
              type="number"
            />
          </div>
        );
      }}
    </SettingsForm>
  );
}

/** Reminder hours are typed as "24, 2" and saved as numbers. */
const bookingForm = settingGroupSchemas.booking.extend({
  reminderHoursBefore: z
    .string()
    .transform((text) =>
      text
        .split(",")
        .map((part) => part.trim())
        .filter(Boolean)
        .map(Number),
    )
    .pipe(settingGroupSchemas.booking.shape.reminderHoursBefore),
});

export function BookingForm({ values }: { values: Values<"booking"> }) {
  const t = useTranslations("admin.settings");
  return (
    <SettingsForm
      group="booking"
      schema={bookingForm}
      defaultValues={{ ...values, reminderHoursBefore: values.reminderHoursBefore.join(", ") }}
    >
      {(typed) => {
        const form = asFields(typed as never);
        return (
          <div className="grid gap-4 sm:grid-cols-2">
            <TextSetting
              form={form}
              name="minimumNoticeMinutes"
              label={t("minimumNotice")}
              type="number"
            />
            <TextSetting form={form} name="horizonDays" label={t("horizon")} type="number" />
            <TextSetting
              form={form}
              name="cancellationWindowHours"
              label={t("cancellationWindow")}
              type="number"
            />
            <TextSetting
              form={form}
              name="waitlistHoldMinutes"
              label={t("waitlistHold")}
              type="number"
            />
            <TextSetting
              form={form}
              name="reminderHoursBefore"
              label={t("reminders")}
              description={t("remindersHelp")}
            />
          </div>
        );
      }}
    </SettingsForm>
  );
}

const MB = 1024 * 1024;
/** The size is typed in MB and saved in bytes; `enterSize` is the message for an empty box. */
const messagingForm = (enterSize: string) =>
  z.object({
    attachmentTypes: settingGroupSchemas.messaging.shape.attachmentTypes,
    attachmentMaxBytes: z
      .number({ error: enterSize })
      .transform((mb) => Math.round(mb * MB))
      .pipe(settingGroupSchemas.messaging.shape.attachmentMaxBytes),
  });

export function MessagingForm({ values }: { values: Values<"messaging"> }) {
  const t = useTranslations("admin.settings");
  const enterSize = t("enterSizeMb");
  const schema = useMemo(() => messagingForm(enterSize), [enterSize]);
  return (
    <SettingsForm
      group="messaging"
      schema={schema}
      defaultValues={{ ...values, attachmentMaxBytes: values.attachmentMaxBytes / MB }}
    >
      {(typed) => {
        const form = asFields(typed as never);
        return (
          <div className="grid gap-4">
            <CheckboxSetting
              form={form}
              name="attachmentTypes"
              legend={t("fileTypes")}
              options={[
                { value: "application/pdf", label: "PDF" },
                { value: "image/png", label: "PNG" },
                { value: "image/jpeg", label: "JPEG" },
                { value: "image/webp", label: "WebP" },
              ]}
            />
            <TextSetting
              form={form}
              name="attachmentMaxBytes"
              label={t("maxFileSize")}
              description={t("maxFileSizeHelp")}
              type="number"
              step={0.1}
            />
          </div>
        );
      }}
    </SettingsForm>
  );
}
