"use client";

import { useMutation } from "@tanstack/react-query";
import { Copy, Plus, X } from "lucide-react";
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

import { OverridesSection } from "./overrides-section";
import type { StepProps } from "./shared";

/** Monday first, as a working week reads; the API counts 0 = Sunday. */
const WEEKDAYS = [
  { weekday: 1, name: "Monday" },
  { weekday: 2, name: "Tuesday" },
  { weekday: 3, name: "Wednesday" },
  { weekday: 4, name: "Thursday" },
  { weekday: 5, name: "Friday" },
  { weekday: 6, name: "Saturday" },
  { weekday: 0, name: "Sunday" },
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
    toast.success(
      monday.length
        ? "Monday's hours copied to Tuesday to Friday."
        : "Tuesday to Friday are now off, like Monday.",
    );
  }

  async function onSubmit(event: React.FormEvent) {
    event.preventDefault();
    setFormError(null);
    const { rules, origin } = rulesOf(week);
    if (rules.length === 0) {
      setErrors({});
      setFormError("Add working hours to at least one day, so patients can book you.");
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
      setFormError("Some hours need fixing; see the messages beside them.");
      return;
    }
    setErrors({});
    try {
      await save.mutateAsync(parsed.data);
      toast.success("Weekly hours saved.");
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
          When patients can book you each week
          {zone ? `, in your practice's time zone (${zone})` : ""}. A day without hours is a day
          off. Split a day to leave room for lunch.
        </p>
        <FormAlert message={formError} />
        <div>
          <Button type="button" variant="outline" size="sm" onClick={copyMondayToWeekdays}>
            <Copy aria-hidden="true" />
            Apply Monday&apos;s hours to Tuesday–Friday
          </Button>
        </div>
        <ul className="grid gap-3">
          {WEEKDAYS.map(({ weekday, name }) => {
            const ranges = week[weekday] ?? [];
            return (
              <li key={weekday}>
                <fieldset
                  className="grid gap-3 rounded-md border p-3 sm:grid-cols-[8rem_1fr]"
                  data-testid={`hours-${name}`}
                >
                  <legend className="sr-only">{name}</legend>
                  <p aria-hidden="true" className="pt-2 font-medium">
                    {name}
                  </p>
                  <div className="grid gap-3">
                    {ranges.length === 0 ? (
                      <p className="pt-2 text-sm text-muted-foreground">Off</p>
                    ) : null}
                    {ranges.map((r, row) => {
                      const id = `hours-${weekday}-${row}`;
                      const startError = errors[`${weekday}.${row}.startTime`];
                      const endError = errors[`${weekday}.${row}.endTime`];
                      const rowLabel = ranges.length > 1 ? `, hours ${row + 1}` : "";
                      return (
                        <div key={r.key} className="grid gap-1">
                          <div className="flex flex-wrap items-end gap-3">
                            <div className="grid gap-1">
                              <label htmlFor={`${id}-start`} className="text-sm">
                                From
                                <span className="sr-only">
                                  {" "}
                                  ({name}
                                  {rowLabel})
                                </span>
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
                                To
                                <span className="sr-only">
                                  {" "}
                                  ({name}
                                  {rowLabel})
                                </span>
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
                              Remove
                              <span className="sr-only">
                                {" "}
                                {name} hours {row + 1}
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
                        {ranges.length ? "Add more hours" : "Add hours"}
                        <span className="sr-only"> on {name}</span>
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
          pendingLabel="Saving…"
          className="justify-self-start"
        >
          Save weekly hours and continue
        </SubmitButton>
      </form>

      <OverridesSection data={data} />
    </div>
  );
}
