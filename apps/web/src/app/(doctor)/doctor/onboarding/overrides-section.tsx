"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { toast } from "sonner";

import { overrideInput } from "@resq/api/practice-schemas";
import { cn } from "@resq/ui/cn";
import { fieldAriaProps, FormField } from "@resq/ui/form-field";
import { Input } from "@resq/ui/input";

import { apiProblem, applyProblem } from "~/components/api-problem";
import { ConfirmDialog } from "~/components/confirm-dialog";
import { FormAlert } from "~/components/forms/form-alert";
import { SubmitButton } from "~/components/forms/submit-button";
import { useTRPC } from "~/trpc/react";

import { capitalized, clockTime } from "../schedule/range";
import { checkboxClass, formatDate, type StepProps } from "./shared";

interface OverrideValues {
  date: string;
  kind: "time_off" | "extra_hours";
  wholeDay: boolean;
  startTime: string;
  endTime: string;
  note: string;
}
const FIELDS = ["date", "kind", "startTime", "endTime", "note"] as const;
const EMPTY: OverrideValues = {
  date: "",
  kind: "time_off",
  wholeDay: true,
  startTime: "",
  endTime: "",
  note: "",
};

/** One-off changes to the weekly hours: a day (or some hours) off, or extra hours on a date. */
export function OverridesSection({ data }: { data: StepProps["data"] }) {
  const trpc = useTRPC();
  const t = useTranslations("doctor.onboarding.overrides");
  const tc = useTranslations("doctor.onboarding.common");
  const locale = useLocale();
  const dateText = (date: string) => formatDate(date, locale);
  const queryClient = useQueryClient();
  const [formError, setFormError] = useState<string | null>(null);
  const add = useMutation(trpc.practice.addOverride.mutationOptions());
  const remove = useMutation(trpc.practice.removeOverride.mutationOptions());
  const form = useForm<OverrideValues>({ defaultValues: EMPTY });
  const { errors } = form.formState;
  const [kind, wholeDay] = useWatch({ control: form.control, name: ["kind", "wholeDay"] });
  const needsTimes = kind === "extra_hours" || !wholeDay;

  async function refresh() {
    await queryClient.invalidateQueries(trpc.practice.onboarding.queryFilter());
  }

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    const parsed = overrideInput.safeParse({
      date: values.date,
      kind: values.kind,
      startTime: needsTimes ? values.startTime || null : null,
      endTime: needsTimes ? values.endTime || null : null,
      note: values.note.trim() || null,
    });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = FIELDS.find((f) => f === issue.path[0]);
        if (field && !form.getFieldState(field).error)
          form.setError(field, { type: "validate", message: issue.message });
      }
      return;
    }
    try {
      await add.mutateAsync(parsed.data);
      toast.success(t("saved", { date: dateText(parsed.data.date) }));
      form.reset(EMPTY);
      await refresh();
    } catch (error) {
      setFormError(
        applyProblem(apiProblem(error), FIELDS, (field, message) =>
          form.setError(field, { type: "server", message }),
        ),
      );
    }
  });

  async function onRemove(id: string) {
    try {
      await remove.mutateAsync({ id });
      toast.success(t("removed"));
      await refresh();
    } catch (error) {
      toast.error(apiProblem(error).message);
    }
  }

  return (
    <section aria-labelledby="overrides-title" className="grid gap-4 border-t pt-6">
      <div className="grid gap-1">
        <h3 id="overrides-title" className="text-lg font-semibold">
          {t("title")}
        </h3>
        <p className="text-sm text-muted-foreground">{t("intro")}</p>
      </div>

      {data.overrides.length > 0 ? (
        <ul className="grid gap-2" aria-label={t("listLabel")}>
          {data.overrides.map((override) => {
            const hours = {
              start: clockTime(override.startTime ?? "", locale),
              end: clockTime(override.endTime ?? "", locale),
            };
            const what =
              override.kind === "extra_hours"
                ? t("extraHours", hours)
                : override.startTime
                  ? t("offHours", hours)
                  : t("offAllDay");
            return (
              <li
                key={override.id}
                className="flex flex-wrap items-center justify-between gap-3 rounded-md border p-3"
              >
                <p className="text-sm">
                  <span className="font-medium">
                    {capitalized(dateText(override.date), locale)}
                  </span>
                  : {what}
                  {override.note ? (
                    <span className="text-muted-foreground"> ({override.note})</span>
                  ) : null}
                </p>
                <ConfirmDialog
                  trigger={
                    <>
                      {t("remove")}
                      <span className="sr-only">
                        {" "}
                        {t("removeWhich", { date: dateText(override.date) })}
                      </span>
                    </>
                  }
                  title={t("removeTitle")}
                  description={t("removeDescription", {
                    date: capitalized(dateText(override.date), locale),
                    what,
                  })}
                  confirmLabel={t("remove")}
                  pendingLabel={t("removing")}
                  onConfirm={() => onRemove(override.id)}
                />
              </li>
            );
          })}
        </ul>
      ) : (
        <p className="text-sm text-muted-foreground">{t("empty")}</p>
      )}

      <form noValidate onSubmit={onSubmit} className="grid gap-4 rounded-md border p-4">
        <FormAlert message={formError} />
        <div className="grid gap-4 sm:grid-cols-2">
          <FormField label={t("date")} id="overrideDate" error={errors.date?.message} required>
            <Input
              type="date"
              className="w-fit"
              {...form.register("date")}
              {...fieldAriaProps("overrideDate", { error: errors.date?.message })}
            />
          </FormField>
          <fieldset className="grid gap-2">
            <legend className="mb-2 text-sm font-medium">{t("change")}</legend>
            <div className="flex flex-wrap gap-4">
              <label className="flex items-center gap-2 text-sm">
                <input
                  type="radio"
                  value="time_off"
                  className="size-4 accent-primary"
                  {...form.register("kind")}
                />
                {t("timeOff")}
              </label>
              <label className="flex items-center gap-2 text-sm">
                <input
                  type="radio"
                  value="extra_hours"
                  className="size-4 accent-primary"
                  {...form.register("kind")}
                />
                {t("extra")}
              </label>
            </div>
          </fieldset>
        </div>
        {kind === "time_off" ? (
          <label className="flex items-center gap-3 text-sm font-medium">
            <input type="checkbox" className={checkboxClass} {...form.register("wholeDay")} />
            {t("wholeDay")}
          </label>
        ) : null}
        <div className={cn("grid gap-4 sm:grid-cols-2", !needsTimes && "hidden")}>
          <FormField
            label={t("from")}
            id="overrideStart"
            error={errors.startTime?.message}
            required
          >
            <Input
              type="time"
              step={300}
              className="w-36"
              {...form.register("startTime")}
              {...fieldAriaProps("overrideStart", { error: errors.startTime?.message })}
            />
          </FormField>
          <FormField label={t("to")} id="overrideEnd" error={errors.endTime?.message} required>
            <Input
              type="time"
              step={300}
              className="w-36"
              {...form.register("endTime")}
              {...fieldAriaProps("overrideEnd", { error: errors.endTime?.message })}
            />
          </FormField>
        </div>
        <FormField label={t("note")} id="overrideNote" error={errors.note?.message}>
          <Input
            maxLength={200}
            {...form.register("note")}
            {...fieldAriaProps("overrideNote", { error: errors.note?.message })}
          />
        </FormField>
        <SubmitButton
          pending={add.isPending}
          pendingLabel={tc("saving")}
          className="justify-self-start"
        >
          {t("add")}
        </SubmitButton>
      </form>
    </section>
  );
}
