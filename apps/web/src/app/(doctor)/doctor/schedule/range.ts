import { addDays } from "~/components/format";

export type ScheduleView = "day" | "week";

/** Milliseconds the zone is ahead of UTC at an instant. */
function offsetAt(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(new Date(instant));
  const get = (type: string) => Number(parts.find((part) => part.type === type)?.value);
  const wall = Date.UTC(
    get("year"),
    get("month") - 1,
    get("day"),
    get("hour"),
    get("minute"),
    get("second"),
  );
  return wall - Math.floor(instant / 1000) * 1000;
}

/** The instant a calendar date ("YYYY-MM-DD") begins in a time zone (DST-safe). */
export function startOfDayIn(date: string, timeZone: string): Date {
  const wall = Date.parse(`${date}T00:00:00Z`);
  let instant = wall - offsetAt(wall, timeZone);
  instant = wall - offsetAt(instant, timeZone);
  return new Date(instant);
}

/** The Monday on or before a date. */
export function mondayOf(date: string): string {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay(); // 0 = Sunday
  return addDays(date, -((weekday + 6) % 7));
}

/** The dates a view shows, and the step its previous/next links move by. */
export function viewDates(view: ScheduleView, date: string): { days: string[]; step: number } {
  if (view === "day") return { days: [date], step: 1 };
  const monday = mondayOf(date);
  return { days: Array.from({ length: 7 }, (_, i) => addDays(monday, i)), step: 7 };
}

export function isDate(value: unknown): value is string {
  return (
    typeof value === "string" &&
    /^\d{4}-\d{2}-\d{2}$/.test(value) &&
    !Number.isNaN(Date.parse(`${value}T00:00:00Z`))
  );
}

/** "Monday, 2 March 2026" for a calendar date. */
export function dayLabel(date: string): string {
  return new Intl.DateTimeFormat("en-GB", {
    weekday: "long",
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }).format(new Date(`${date}T00:00:00Z`));
}

export function scheduleHref(view: ScheduleView, date: string): string {
  return `/doctor/schedule?view=${view}&date=${date}`;
}
