"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useMemo, useState } from "react";
import { useForm } from "react-hook-form";
import { toast } from "sonner";
import type { z } from "zod";

import { profileFields } from "@resq/api/admin-schemas";
import { fieldAriaProps, FormField } from "@resq/ui/form-field";
import { Input } from "@resq/ui/input";

import { apiProblem, applyProblem } from "~/components/api-problem";
import { FormAlert } from "~/components/forms/form-alert";
import { SubmitButton } from "~/components/forms/submit-button";
import { useTRPC } from "~/trpc/react";

import { localizedResolver } from "../../schema-messages";

type ProfileValues = z.input<typeof profileFields>;
type Field = keyof ProfileValues;

const CONTACT: { field: Exclude<Field, "name" | "email">; type?: string }[] = [
  { field: "phone", type: "tel" },
  { field: "dateOfBirth", type: "date" },
  { field: "addressLine" },
  { field: "city" },
  { field: "postalCode" },
  { field: "country" },
];
const FIELDS = ["name", "email", ...CONTACT.map((c) => c.field)] as const;

/** Corrects a user's name, email and (for patients) contact details. */
export function ProfileForm({
  userId,
  role,
  values,
}: {
  userId: string;
  role: "patient" | "doctor" | "admin";
  values: { [F in Field]: string };
}) {
  const t = useTranslations("admin");
  const trpc = useTRPC();
  const router = useRouter();
  const save = useMutation(trpc.admin.updateUser.mutationOptions());
  const [formError, setFormError] = useState<string | null>(null);
  const resolver = useMemo(() => localizedResolver(zodResolver(profileFields), t), [t]);
  const form = useForm<ProfileValues, unknown, z.output<typeof profileFields>>({
    resolver,
    mode: "onTouched",
    defaultValues: values,
  });
  const { errors } = form.formState;

  const onSubmit = form.handleSubmit(async (data) => {
    setFormError(null);
    try {
      await save.mutateAsync({ userId, ...data });
      toast.success(t("user.profileForm.saved"));
      router.refresh();
    } catch (error) {
      setFormError(
        applyProblem(apiProblem(error), FIELDS, (field, message) =>
          form.setError(field, { type: "server", message }),
        ),
      );
    }
  });

  const text = (field: Field, type = "text", required = false) => (
    <FormField
      key={field}
      label={t(`user.profileForm.${field}`)}
      id={`profile-${field}`}
      error={errors[field]?.message}
      required={required}
    >
      <Input
        type={type}
        autoComplete="off"
        {...form.register(field)}
        {...fieldAriaProps(`profile-${field}`, { error: errors[field]?.message })}
      />
    </FormField>
  );

  return (
    <form noValidate onSubmit={(event) => void onSubmit(event)} className="grid gap-4">
      <FormAlert message={formError} />
      <div className="grid gap-4 sm:grid-cols-2">
        {text("name", "text", true)}
        {text("email", "email", true)}
        {role === "patient" ? CONTACT.map((c) => text(c.field, c.type)) : null}
      </div>
      <p className="text-sm text-muted-foreground">{t("user.profileForm.emailNote")}</p>
      <div>
        <SubmitButton pending={save.isPending} pendingLabel={t("common.saving")}>
          {t("user.profileForm.save")}
        </SubmitButton>
      </div>
    </form>
  );
}
