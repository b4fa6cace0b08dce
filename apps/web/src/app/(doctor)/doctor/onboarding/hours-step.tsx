"use client";

import { useMutation } from "@tanstack/react-query";
import { Copy, Plus, X } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { toast } from "sonner";

import { availabilityInput } from "@resq/api/practice-schemas";
import { Button } from "@resq/ui/button";
import { cn } from "@resq/ui/cn";
import { Input } from "@resq/ui/input";

import { apiProblem } from "~/components/api-problem";
import { FormAlert } from "~/components/forms/form-alert";
import { SubmitButton } from "~/components/forms/submit-button";
import { useTRPC } from "~/trpc/react";

import { capitalized } from "../schedule/range";
import { OverridesSection } from "./overrides-section";
import { weekdayName, type StepProps } from "./shared";

/**
 * Monday first, as a working week reads; the API counts 0 = Sunday. The names shown come from
 * Intl in the reader's language; `testId` is a fixed, untranslated hook for the browser tests.
 */
const WEEKDAYS = [
  { weekday: 1, testId: "Monday" },
  { weekday: 2, testId: "Tuesday" },
  { weekday: 3, testId: "Wednesday" },
  { weekday: 4, testId: "Thursday" },
  { weekday: 5, testId: "Friday" },
  { weekday: 6, testId: "Saturday" },
  { weekday: 0, testId: "Sunday" },
] as const;

interface Range {
  /** Stable React key for the row. */
  key: number;
  startTime: string;
  endTime: string;
}
type Week = Record<number, Range[]>;
/** Errors by "weekday.row.field". */
type RowErrors = Record<string, string>;

let nextKey = 1;
const range = (startTime: string, endTime: string): Range => ({
  key: nextKey++,
  startTime,
  endTime,
});

function weekOf(rules: StepProps["data"]["rules"]): Week {
  const week: Week = { 0: [], 1: [], 2: [], 3: [], 4: [], 5: [], 6: [] };
  for (const rule of rules) week[rule.weekday]?.push(range(rule.startTime, rule.endTime));
  return week;
}

/** The week as the API's rule list, and where each rule came from (for its errors). */
function rulesOf(week: Week) {
  const rules: { weekday: number; startTime: string; endTime: string }[] = [];
  const origin: string[] = [];
  for (const { weekday } of WEEKDAYS) {
    (week[weekday] ?? []).forEach((r, row) => {
      rules.push({ weekday, startTime: r.startTime, endTime: r.endTime });
      origin.push(`${weekday}.${row}`);
    });
  }
  return { rules, origin };
}

/** "rules.3.endTime" (or a zod path) → "weekday.row.endTime". */
function rowErrorsFrom(entries: [string, string][], origin: string[]): RowErrors {
  const errors: RowErrors = {};
  for (const [path, message] of entries) {
    const match = /^(?:rules\.)?(\d+)\.(startTime|endTime)$/.exec(path);
    const where = match ? origin[Number(match[1])] : undefined;
    if (where && match) errors[`${where}.${match[2]}`] ??= message;
  }
  return errors;
}

export function HoursStep({ data, onSaved }: StepProps) {
  const trpc = useTRPC();
  const t = useTranslations("doctor.onboarding.hours");
  const tc = useTranslations("doctor.onboarding.common");
  const locale = useLocale();
  /** A weekday's name as it reads inside a sentence ("Monday", "lunes"). */
  const dayName = (weekday: number) => weekdayName(weekday, locale);
  const copyDays = { monday: dayName(1), tuesday: dayName(2), friday: dayName(5) };
  const [week, setWeek] = useState<Week>(() => weekOf(data.rules));
  const [errors, setErrors] = useState<RowErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const save = useMutation(trpc.practice.saveAvailability.mutationOptions());
  const zone = data.practice?.timeZone;

  function update(weekday: number, ranges: Range[]) {
    setWeek((current) => ({ ...current, [weekday]: ranges }));
  }

  function copyMondayToWeekdays() {
    const monday = week[1] ?? [];
    setWeek((current) => {
      const next = { ...current };
      for (const weekday of [2, 3, 4, 5])
        next[weekday] = monday.map((r) => range(r.startTime, r.endTime));
      return next;
    });
    toast.success(monday.length ? t("copied", copyDays) : t("copiedOff", copyDays));
  }

  async function onSubmit(event: React.FormEvent) {
    event.preventDefault();
    setFormError(null);
    const { rules, origin } = rulesOf(week);
    if (rules.length === 0) {
      setErrors({});
      setFormError(t("noHours"));
      return;
    }
    const parsed = availabilityInput.safeParse({ rules });
    if (!parsed.success) {
      setErrors(
        rowErrorsFrom(
          parsed.error.issues.map((issue) => [issue.path.slice(1).join("."), issue.message]),
          origin,
        ),
      );
      setFormError(t("fixHours"));
      return;
    }
    setErrors({});
    try {
      await save.mutateAsync(parsed.data);
      toast.success(t("saved"));
      await onSaved();
    } catch (error) {
      const problem = apiProblem(error);
      const rowErrors = rowErrorsFrom(Object.entries(problem.fields), origin);
      setErrors(rowErrors);
      setFormError(problem.message);
    }
  }

  return (
    <div className="grid gap-8">
      <form noValidate onSubmit={(event) => void onSubmit(event)} className="grid gap-5">
        <p className="text-sm text-muted-foreground">
          {zone ? t("introZone", { zone }) : t("intro")}
        </p>
        <FormAlert message={formError} />
        <div>
          <Button type="button" variant="outline" size="sm" onClick={copyMondayToWeekdays}>
            <Copy aria-hidden="true" />
            {t("copyMonday", copyDays)}
          </Button>
        </div>
        <ul className="grid gap-3">
          {WEEKDAYS.map(({ weekday, testId }) => {
            const ranges = week[weekday] ?? [];
            const name = dayName(weekday);
            const title = capitalized(name, locale);
            return (
              <li key={weekday}>
                <fieldset
                  className="grid gap-3 rounded-md border p-3 sm:grid-cols-[8rem_1fr]"
                  data-testid={`hours-${testId}`}
                >
                  <legend className="sr-only">{title}</legend>
                  <p aria-hidden="true" className="pt-2 font-medium">
                    {title}
                  </p>
                  <div className="grid gap-3">
                    {ranges.length === 0 ? (
                      <p className="pt-2 text-sm text-muted-foreground">{t("off")}</p>
                    ) : null}
                    {ranges.map((r, row) => {
                      const id = `hours-${weekday}-${row}`;
                      const startError = errors[`${weekday}.${row}.startTime`];
                      const endError = errors[`${weekday}.${row}.endTime`];
                      // " (Monday)", or " (Monday, hours 2)" when the day is split.
                      const which =
                        ranges.length > 1
                          ? t("whichRow", { day: name, row: row + 1 })
                          : t("which", { day: name });
                      return (
                        <div key={r.key} className="grid gap-1">
                          <div className="flex flex-wrap items-end gap-3">
                            <div className="grid gap-1">
                              <label htmlFor={`${id}-start`} className="text-sm">
                                {t("from")}
                                <span className="sr-only"> {which}</span>
                              </label>
                              <Input
                                id={`${id}-start`}
                                type="time"
                                step={300}
                                value={r.startTime}
                                aria-invalid={startError ? true : undefined}
                                aria-describedby={startError ? `${id}-error` : undefined}
                                onChange={(event) =>
                                  update(
                                    weekday,
                                    ranges.map((x) =>
                                      x.key === r.key ? { ...x, startTime: event.target.value } : x,
                                    ),
                                  )
                                }
                                className="w-36"
                              />
                            </div>
                            <div className="grid gap-1">
                              <label htmlFor={`${id}-end`} className="text-sm">
                                {t("to")}
                                <span className="sr-only"> {which}</span>
                              </label>
                              <Input
                                id={`${id}-end`}
                                type="time"
                                step={300}
                                value={r.endTime}
                                aria-invalid={endError ? true : undefined}
                                aria-describedby={endError ? `${id}-error` : undefined}
                                onChange={(event) =>
                                  update(
                                    weekday,
                                    ranges.map((x) =>
                                      x.key === r.key ? { ...x, endTime: event.target.value } : x,
                                    ),
                                  )
                                }
                                className="w-36"
                              />
                            </div>
                            <Button
                              type="button"
                              variant="ghost"
                              size="sm"
                              onClick={() =>
                                update(
                                  weekday,
                                  ranges.filter((x) => x.key !== r.key),
                                )
                              }
                            >
                              <X aria-hidden="true" />
                              {t("remove")}
                              <span className="sr-only">
                                {" "}
                                {t("removeWhich", { day: name, row: row + 1 })}
                              </span>
                            </Button>
                          </div>
                          <p
                            id={`${id}-error`}
                            role="alert"
                            className={cn(
                              "text-sm font-medium text-destructive",
                              !(startError ?? endError) && "sr-only",
                            )}
                          >
                            {startError ?? endError}
                          </p>
                        </div>
                      );
                    })}
                    <div>
                      <Button
                        type="button"
                        variant="outline"
                        size="sm"
                        onClick={() => {
                          const last = ranges.at(-1);
                          update(
                            weekday,
                            last
                              ? [
                                  ...ranges,
                                  range(last.endTime, last.endTime < "18:00" ? "18:00" : "23:55"),
                                ]
                              : [range("09:00", "17:00")],
                          );
                        }}
                      >
                        <Plus aria-hidden="true" />
                        {ranges.length ? t("addMoreHours") : t("addHours")}
                        <span className="sr-only"> {t("onDay", { day: name })}</span>
                      </Button>
                    </div>
                  </div>
                </fieldset>
              </li>
            );
          })}
        </ul>
        <SubmitButton
          pending={save.isPending}
          pendingLabel={tc("saving")}
          className="justify-self-start"
        >
          {t("save")}
        </SubmitButton>
      </form>

      <OverridesSection data={data} />
    </div>
  );
}
