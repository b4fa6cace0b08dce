"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
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

import { asNumber, checkboxClass, numberField, selectClass, type StepProps } from "./shared";

const profileForm = profileInput.extend({
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
  yearsOfPractice: numberField(
    profileInput.shape.yearsOfPractice,
    "Enter your years in practice (0 is fine).",
  ),
  bio: z.string().trim().max(2000, "Use at most 2000 characters."),
  education: z.string().trim().max(1000, "Use at most 1000 characters."),
});
type ProfileValues = z.input<typeof profileForm>;
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
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const save = useMutation(trpc.practice.saveProfile.mutationOptions());
  const { profile } = data;
  const form = useForm<ProfileValues, unknown, z.output<typeof profileForm>>({
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
      toast.success("Profile saved.");
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
        label="Name patients will see"
        id="displayName"
        error={errors.displayName?.message}
        description="With your title, for example Dr. Ana Silva."
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
        <FormField label="Specialty" id="specialty" error={errors.specialty?.message} required>
          <select
            className={selectClass}
            {...form.register("specialty")}
            {...fieldAriaProps("specialty", { error: errors.specialty?.message })}
          >
            <option value="">Choose a specialty</option>
            {SPECIALTIES.map((specialty) => (
              <option key={specialty.slug} value={specialty.slug}>
                {specialty.label}
              </option>
            ))}
          </select>
        </FormField>
        <FormField
          label="Years in practice"
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
        label="Sub-specialties"
        id="subSpecialties"
        error={errors.subSpecialties?.message}
        description="Separate them with commas, for example: lupus, gout. Up to 10."
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
          Languages you consult in
          <span aria-hidden="true" className="ml-0.5 text-destructive">
            *
          </span>
          <span className="sr-only"> (required)</span>
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
              {name}
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
        label="About you"
        id="bio"
        error={errors.bio?.message}
        description="How you work and whom you help, in a few sentences. Shown on your profile."
      >
        <Textarea
          rows={5}
          {...form.register("bio")}
          {...fieldAriaProps("bio", { error: errors.bio?.message, description: "about" })}
        />
      </FormField>

      <FormField label="Education and training" id="education" error={errors.education?.message}>
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
        I am accepting new patients
      </label>

      <SubmitButton pending={pending} pendingLabel="Saving…" className="justify-self-start">
        Save and continue
      </SubmitButton>
    </form>
  );
}
