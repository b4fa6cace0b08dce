import { addDays } from "~/components/format";

export type ScheduleView = "day" | "week";

/** Milliseconds the zone is ahead of UTC at an instant. */
function offsetAt(instant: number, timeZone: string): number {
  // A fixed locale on purpose: the parts are read back as numbers, never shown.
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

/** A calendar date in words in the reader's language: "Monday, March 2, 2026", "lunes, 2 de marzo de 2026". */
export function dayLabel(date: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, {
    weekday: "long",
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }).format(new Date(`${date}T00:00:00Z`));
}

/** The first letter in capitals, as a heading or a line starts ("lunes" → "Lunes"). */
export function capitalized(text: string, locale: string): string {
  return text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);
}

/** A calendar date in words to start a heading or a line with: "Monday, March 2, 2026", "Lunes, 2 de marzo de 2026". */
export function dayTitle(date: string, locale: string): string {
  return capitalized(dayLabel(date, locale), locale);
}

/**
 * Clock times in the reader's language on the 24-hour clock ("09:30"), as the time fields and the
 * weekly hours read.
 */
export function clockFormat(locale: string, timeZone = "UTC"): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(locale, {
    timeZone,
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  });
}

/** A wall-clock time ("HH:MM", as the API stores it) for the reader: "09:30". */
export function clockTime(time: string, locale: string): string {
  const [hours, minutes] = time.split(":").map(Number);
  if (hours === undefined || minutes === undefined || Number.isNaN(hours + minutes)) return time;
  return clockFormat(locale).format(new Date(Date.UTC(2000, 0, 1, hours, minutes)));
}

export function scheduleHref(view: ScheduleView, date: string): string {
  return `/doctor/schedule?view=${view}&date=${date}`;
}
