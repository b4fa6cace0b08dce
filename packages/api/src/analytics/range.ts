import { z } from "zod";

/** The longest range analytics computes at once: enough for year-on-year, bounded on a big database. */
export const MAX_RANGE_DAYS = 731;

const DAY_MS = 86_400_000;

/** A calendar date "YYYY-MM-DD" that exists (no 2026-02-30), as a UTC midnight. */
function utcDate(value: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  const date = new Date(`${value}T00:00:00.000Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value) ? date : null;
}

const dateField = z
  .string()
  .refine((value) => utcDate(value) !== null, "Give a date as YYYY-MM-DD.");

/** A range of whole days in UTC, both ends included: `to` not before `from`, at most 731 days. */
export const analyticsRangeInput = z
  .object({ from: dateField, to: dateField })
  .superRefine((range, context) => {
    const from = utcDate(range.from);
    const to = utcDate(range.to);
    if (!from || !to) return;
    if (to < from) {
      context.addIssue({ code: "custom", path: ["to"], message: "The end is before the start." });
      return;
    }
    if (daysBetween(from, to) + 1 > MAX_RANGE_DAYS) {
      context.addIssue({
        code: "custom",
        path: ["to"],
        message: `Choose at most ${MAX_RANGE_DAYS} days (two years).`,
      });
    }
  });

export type AnalyticsRange = z.infer<typeof analyticsRangeInput>;

function daysBetween(from: Date, to: Date): number {
  return Math.round((to.getTime() - from.getTime()) / DAY_MS);
}

/** The instants bounding a range: its first midnight and the midnight after its last day (UTC). */
export function rangeBounds(range: AnalyticsRange): { start: Date; end: Date; days: number } {
  const start = utcDate(range.from);
  const last = utcDate(range.to);
  if (!start || !last) throw new Error("unvalidated analytics range");
  return {
    start,
    end: new Date(last.getTime() + DAY_MS),
    days: daysBetween(start, last) + 1,
  };
}

/** The default range: the 30 days that end today (UTC). */
export function lastDays(days: number, today = new Date()): AnalyticsRange {
  const to = today.toISOString().slice(0, 10);
  const from = new Date(Date.parse(`${to}T00:00:00Z`) - (days - 1) * DAY_MS);
  return { from: from.toISOString().slice(0, 10), to };
}
