"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import { useForm } from "react-hook-form";
import { toast } from "sonner";
import { z } from "zod";

import { LANGUAGES, profileInput } from "@resq/api/practice-schemas";
import { SPECIALTIES } from "@resq/db/reference";
import { fieldAriaProps, FormField } from "@resq/ui/form-field";
import { Input } from "@resq/ui/input";
import { Textarea } from "@resq/ui/textarea";

import { apiProblem, applyProblem } from "~/components/api-problem";
import { FormAlert } from "~/components/forms/form-alert";
import { SubmitButton } from "~/components/forms/submit-button";
import { useTRPC } from "~/trpc/react";

import {
  asNumber,
  checkboxClass,
  languageLabel,
  numberField,
  selectClass,
  type StepProps,
} from "./shared";

type Translate = ReturnType<typeof useTranslations<"doctor.onboarding.profile">>;

/** The form's schema, with its own messages in the reader's language. */
const profileFormFor = (t: Translate) =>
  profileInput.extend({
    // Typed as a comma-separated list; sent as a list.
    subSpecialties: z
      .string()
      .transform((text) =>
        text
          .split(",")
          .map((part) => part.trim())
          .filter(Boolean),
      )
      .pipe(profileInput.shape.subSpecialties.unwrap()),
    yearsOfPractice: numberField(profileInput.shape.yearsOfPractice, t("yearsRequired")),
    bio: z
      .string()
      .trim()
      .max(2000, t("maxChars", { max: 2000 })),
    education: z
      .string()
      .trim()
      .max(1000, t("maxChars", { max: 1000 })),
  });
type ProfileForm = ReturnType<typeof profileFormFor>;
type ProfileValues = z.input<ProfileForm>;
const FIELDS = [
  "displayName",
  "specialty",
  "subSpecialties",
  "bio",
  "languages",
  "yearsOfPractice",
  "education",
  "acceptingNewPatients",
] as const;

export function ProfileStep({ data, onSaved }: StepProps) {
  const trpc = useTRPC();
  const t = useTranslations("doctor.onboarding.profile");
  const tc = useTranslations("doctor.onboarding.common");
  const locale = useLocale();
  const profileForm = useMemo(() => profileFormFor(t), [t]);
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const save = useMutation(trpc.practice.saveProfile.mutationOptions());
  const { profile } = data;
  const form = useForm<ProfileValues, unknown, z.output<ProfileForm>>({
    resolver: zodResolver(profileForm),
    mode: "onTouched",
    defaultValues: {
      displayName: profile.displayName ?? "",
      specialty: (profile.specialty ?? "") as ProfileValues["specialty"],
      subSpecialties: (profile.subSpecialties ?? []).join(", "),
      bio: profile.bio ?? "",
      languages: (profile.languages?.length
        ? profile.languages
        : ["en"]) as ProfileValues["languages"],
      yearsOfPractice: profile.yearsOfPractice ?? ("" as unknown as number),
      education: profile.education ?? "",
      acceptingNewPatients: profile.acceptingNewPatients ?? true,
    },
  });
  const { errors } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    try {
      await save.mutateAsync({
        ...values,
        bio: values.bio || null,
        education: values.education || null,
      });
      toast.success(t("saved"));
      router.refresh(); // the header shows the new name
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
  const languagesError = errors.languages?.message ?? errors.languages?.root?.message;

  return (
    <form noValidate onSubmit={onSubmit} className="grid gap-5">
      <FormAlert message={formError} />
      <FormField
        label={t("displayName")}
        id="displayName"
        error={errors.displayName?.message}
        description={t("displayNameHint")}
        required
      >
        <Input
          autoComplete="name"
          {...form.register("displayName")}
          {...fieldAriaProps("displayName", {
            error: errors.displayName?.message,
            description: "name",
          })}
        />
      </FormField>

      <div className="grid gap-5 sm:grid-cols-2">
        <FormField label={t("specialty")} id="specialty" error={errors.specialty?.message} required>
          <select
            className={selectClass}
            {...form.register("specialty")}
            {...fieldAriaProps("specialty", { error: errors.specialty?.message })}
          >
            <option value="">{t("chooseSpecialty")}</option>
            {SPECIALTIES.map((specialty) => (
              <option key={specialty.slug} value={specialty.slug}>
                {specialty.label}
              </option>
            ))}
          </select>
        </FormField>
        <FormField
          label={t("years")}
          id="yearsOfPractice"
          error={errors.yearsOfPractice?.message}
          required
        >
          <Input
            type="number"
            inputMode="numeric"
            min={0}
            max={70}
            step={1}
            {...form.register("yearsOfPractice", asNumber)}
            {...fieldAriaProps("yearsOfPractice", { error: errors.yearsOfPractice?.message })}
          />
        </FormField>
      </div>

      <FormField
        label={t("subSpecialties")}
        id="subSpecialties"
        error={errors.subSpecialties?.message}
        description={t("subSpecialtiesHint")}
      >
        <Input
          {...form.register("subSpecialties")}
          {...fieldAriaProps("subSpecialties", {
            error: errors.subSpecialties?.message,
            description: "list",
          })}
        />
      </FormField>

      <fieldset
        className="grid gap-2"
        aria-describedby={languagesError ? "languages-error" : undefined}
      >
        <legend className="mb-2 text-sm font-medium">
          {t("languages")}
          <span aria-hidden="true" className="ml-0.5 text-destructive">
            *
          </span>
          <span className="sr-only"> {tc("required")}</span>
        </legend>
        <div className="grid grid-cols-2 gap-x-4 gap-y-3 sm:grid-cols-4">
          {Object.entries(LANGUAGES).map(([code, name]) => (
            <label key={code} className="flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                value={code}
                className={checkboxClass}
                {...form.register("languages")}
              />
              {languageLabel(code, name, locale)}
            </label>
          ))}
        </div>
        <p
          id="languages-error"
          role="alert"
          className={languagesError ? "text-sm font-medium text-destructive" : "sr-only"}
        >
          {languagesError}
        </p>
      </fieldset>

      <FormField
        label={t("about")}
        id="bio"
        error={errors.bio?.message}
        description={t("aboutHint")}
      >
        <Textarea
          rows={5}
          {...form.register("bio")}
          {...fieldAriaProps("bio", { error: errors.bio?.message, description: "about" })}
        />
      </FormField>

      <FormField label={t("education")} id="education" error={errors.education?.message}>
        <Textarea
          rows={3}
          {...form.register("education")}
          {...fieldAriaProps("education", { error: errors.education?.message })}
        />
      </FormField>

      <label className="flex items-center gap-3 text-sm font-medium">
        <input
          type="checkbox"
          className={checkboxClass}
          {...form.register("acceptingNewPatients")}
        />
        {t("accepting")}
      </label>

      <SubmitButton pending={pending} pendingLabel={tc("saving")} className="justify-self-start">
        {tc("saveAndContinue")}
      </SubmitButton>
    </form>
  );
}
