"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import { useForm } from "react-hook-form";
import { toast } from "sonner";
import { z } from "zod";

import { fieldAriaProps, FormField } from "@resq/ui/form-field";
import { Input } from "@resq/ui/input";

import { apiProblem, applyProblem } from "~/components/api-problem";
import { FormAlert } from "~/components/forms/form-alert";
import { SubmitButton } from "~/components/forms/submit-button";
import { useTRPC } from "~/trpc/react";

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

type Translate = ReturnType<typeof useTranslations<"doctor.schedule.blockForm">>;

/** The form's schema, with its messages in the reader's language. */
const schemaFor = (t: Translate) =>
  z
    .object({
      date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, t("chooseDate")),
      startTime: z.string().refine((v) => v === "" || TIME.test(v), t("startFormat")),
      endTime: z.string().refine((v) => v === "" || TIME.test(v), t("endFormat")),
      note: z
        .string()
        .trim()
        .max(200, t("maxChars", { max: 200 })),
    })
    .refine((v) => !v.startTime === !v.endTime, {
      path: ["endTime"],
      message: t("bothOrNeither"),
    })
    .refine((v) => !v.startTime || !v.endTime || v.startTime < v.endTime, {
      path: ["endTime"],
      message: t("endAfterStart"),
    });
type Values = z.infer<ReturnType<typeof schemaFor>>;
const FIELDS = ["date", "startTime", "endTime", "note"] as const;

export function BlockTimeForm({
  today,
  defaultDate,
  onAdded,
}: {
  today: string;
  defaultDate: string;
  onAdded: () => void;
}) {
  const trpc = useTRPC();
  const t = useTranslations("doctor.schedule.blockForm");
  const schema = useMemo(() => schemaFor(t), [t]);
  const add = useMutation(trpc.practice.addOverride.mutationOptions());
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<Values>({
    resolver: zodResolver(schema),
    mode: "onTouched",
    defaultValues: { date: defaultDate, startTime: "", endTime: "", note: "" },
  });
  const { errors } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    try {
      await add.mutateAsync({
        date: values.date,
        kind: "time_off",
        startTime: values.startTime || null,
        endTime: values.endTime || null,
        note: values.note || undefined,
      });
      toast.success(t("blocked"));
      form.reset({ date: values.date, startTime: "", endTime: "", note: "" });
      onAdded();
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
      <FormAlert message={formError} />
      <div className="grid gap-4 sm:grid-cols-3">
        <FormField label={t("date")} id="block-date" error={errors.date?.message} required>
          <Input
            type="date"
            min={today}
            {...form.register("date")}
            {...fieldAriaProps("block-date", { error: errors.date?.message })}
          />
        </FormField>
        <FormField label={t("from")} id="block-start" error={errors.startTime?.message}>
          <Input
            type="time"
            {...form.register("startTime")}
            {...fieldAriaProps("block-start", { error: errors.startTime?.message })}
          />
        </FormField>
        <FormField
          label={t("to")}
          id="block-end"
          error={errors.endTime?.message}
          description={t("toHint")}
        >
          <Input
            type="time"
            {...form.register("endTime")}
            {...fieldAriaProps("block-end", {
              error: errors.endTime?.message,
              description: "block-end",
            })}
          />
        </FormField>
      </div>
      <FormField label={t("note")} id="block-note" error={errors.note?.message}>
        <Input
          maxLength={200}
          {...form.register("note")}
          {...fieldAriaProps("block-note", { error: errors.note?.message })}
        />
      </FormField>
      <div>
        <SubmitButton pending={form.formState.isSubmitting} pendingLabel={t("blocking")}>
          {t("submit")}
        </SubmitButton>
      </div>
    </form>
  );
}
