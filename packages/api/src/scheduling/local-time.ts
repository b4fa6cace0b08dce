/**
 * Wall-clock ↔ UTC conversion in an IANA time zone, for the slot engine.
 *
 * All zone data comes from `@date-fns/tz` (which reads the runtime's `Intl` tz database);
 * nothing here hard-codes an offset or a DST rule.
 *
 * Local → UTC rule: wall-clock time T on local date D is **the first instant at which the
 * zone's clock reads T or later on D** ("when the clock first reaches T"). So:
 * - A wall-clock time that exists once maps to that instant.
 * - An AMBIGUOUS time (it occurs twice, in the fall-back hour) maps to its EARLIER occurrence:
 *   01:30 on 2026-11-01 in America/New_York = 01:30 EDT = 05:30Z (not 01:30 EST = 06:30Z).
 * - A NONEXISTENT time (skipped by spring-forward) maps to the instant the clock jumps, i.e.
 *   the end of the gap: 02:00 and 02:30 on 2026-03-08 in America/New_York both = 03:00 EDT =
 *   07:00Z. (This deliberately differs from `TZDate` and Temporal's "compatible", which push
 *   02:30 to 03:30: a working window 01:00–02:30 should end when the clock jumps, not run on
 *   until 03:30, and a window 02:30–03:15 should keep the 03:00–03:15 that really exists.)
 *
 * Why not simply `new TZDate(y, m, d, h, min, zone)`: its wall-clock constructor goes through
 * the host's `Date`, and for ambiguous times the result depends on the HOST time zone (the
 * process's TZ): 02:30 on 2026-10-25 in Europe/Berlin gives 01:30Z (CET, the later one) on
 * a UTC host but 00:30Z (CEST, the earlier one) on a Europe/Berlin host. Servers, laptops and
 * CI run in different zones, so we resolve wall-clock times from `tzOffset` (pure `Intl`,
 * host-independent) and use `TZDate` only for the UTC → wall-clock direction, which is
 * host-independent.
 */
import { TZDate, tzOffset } from "@date-fns/tz";
import { format } from "date-fns";

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

/** A calendar date without a zone. `month` is 1–12. */
export interface LocalDate {
  year: number;
  month: number;
  day: number;
}

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_RE = /^(\d{2}):(\d{2})$/;

/** Zones already validated (creating an `Intl.DateTimeFormat` costs tens of microseconds). */
const knownTimeZones = new Set<string>();

/** Throws a RangeError unless `timeZone` is a time zone the runtime knows. */
export function assertTimeZone(timeZone: string): void {
  if (knownTimeZones.has(timeZone)) return;
  if (typeof timeZone !== "string" || timeZone.trim() === "") {
    throw new RangeError(`Invalid time zone: ${JSON.stringify(timeZone)}`);
  }
  try {
    new Intl.DateTimeFormat("en-US", { timeZone });
  } catch {
    throw new RangeError(`Invalid time zone: ${JSON.stringify(timeZone)}`);
  }
  // tzOffset also accepts what Intl accepts; a NaN here means the zone is unusable.
  if (Number.isNaN(tzOffset(timeZone, new Date(0)))) {
    throw new RangeError(`Invalid time zone: ${JSON.stringify(timeZone)}`);
  }
  knownTimeZones.add(timeZone);
}

/** Parses a strict "YYYY-MM-DD" calendar date; throws a RangeError otherwise. */
export function parseLocalDate(value: string): LocalDate {
  const match = DATE_RE.exec(value);
  if (match) {
    const year = Number(match[1]);
    const month = Number(match[2]);
    const day = Number(match[3]);
    const probe = new Date(Date.UTC(year, month - 1, day));
    if (
      probe.getUTCFullYear() === year &&
      probe.getUTCMonth() === month - 1 &&
      probe.getUTCDate() === day
    ) {
      return { year, month, day };
    }
  }
  throw new RangeError(`Invalid date ${JSON.stringify(value)}: expected an existing YYYY-MM-DD`);
}

/** Formats a calendar date as "YYYY-MM-DD". */
export function formatLocalDate(date: LocalDate): string {
  const pad = (n: number, width: number) => String(n).padStart(width, "0");
  return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}

/**
 * Parses "HH:MM" into minutes after local midnight (0–1439). With `allowEndOfDay`,
 * "24:00" is accepted and returns 1440. Throws a RangeError otherwise.
 */
export function parseWallTime(value: string, allowEndOfDay = false): number {
  const match = TIME_RE.exec(value);
  if (match) {
    const hours = Number(match[1]);
    const minutes = Number(match[2]);
    if (hours < 24 && minutes < 60) return hours * 60 + minutes;
    if (allowEndOfDay && hours === 24 && minutes === 0) return 1440;
  }
  throw new RangeError(
    `Invalid time ${JSON.stringify(value)}: expected HH:MM between 00:00 and ${allowEndOfDay ? "24:00" : "23:59"}`,
  );
}

/** The calendar date `days` days after `date` (pure calendar arithmetic, no zone involved). */
export function addCalendarDays(date: LocalDate, days: number): LocalDate {
  const d = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** Whole days from `a` to `b` (negative when `b` is before `a`). */
export function calendarDaysBetween(a: LocalDate, b: LocalDate): number {
  return Math.round(
    (Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / DAY_MS,
  );
}

/** Weekday of a calendar date, 0 = Sunday. The same in every zone. */
export function weekdayOf(date: LocalDate): number {
  return new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
}

/**
 * The UTC instant of wall-clock `minutesAfterMidnight` on local `date` in `timeZone`
 * (1440 = the next day's 00:00): the first instant at which the clock reads that time or
 * later. Ambiguous times resolve to the earlier occurrence; nonexistent times to the end of
 * the gap (see the module comment).
 */
export function wallClockToUtc(
  date: LocalDate,
  minutesAfterMidnight: number,
  timeZone: string,
): Date {
  // The wall-clock fields read as if they were UTC.
  const naive = Date.UTC(date.year, date.month - 1, date.day, 0, minutesAfterMidnight);
  // The offsets in force a day before and a day after bracket any single transition.
  const offsetBefore = tzOffset(timeZone, new Date(naive - DAY_MS));
  const offsetAfter = tzOffset(timeZone, new Date(naive + DAY_MS));
  if (Number.isNaN(offsetBefore) || Number.isNaN(offsetAfter)) {
    throw new RangeError(`Invalid time zone: ${JSON.stringify(timeZone)}`);
  }
  let earliest: number | null = null;
  for (const offset of offsetBefore === offsetAfter
    ? [offsetBefore]
    : [offsetBefore, offsetAfter]) {
    const candidate = naive - offset * MINUTE_MS;
    // The candidate is real if the zone has that offset at that instant.
    if (
      tzOffset(timeZone, new Date(candidate)) === offset &&
      (earliest === null || candidate < earliest)
    ) {
      earliest = candidate;
    }
  }
  if (earliest !== null) return new Date(earliest);
  // No candidate: the time falls in a spring-forward gap. The clock jumps somewhere in
  // (naive - offsetAfter, naive - offsetBefore]; find that instant to the minute.
  return new Date(
    findTransition(timeZone, naive - offsetAfter * MINUTE_MS, naive - offsetBefore * MINUTE_MS),
  );
}

/**
 * The first instant in (lo, hi] whose offset differs from the offset at `lo`, to the minute.
 * Requires the offset to differ at `hi`. Binary search: a handful of `tzOffset` calls.
 */
function findTransition(timeZone: string, lo: number, hi: number): number {
  const offsetAtLo = tzOffset(timeZone, new Date(lo));
  let low = lo;
  let high = hi;
  while (high - low > MINUTE_MS) {
    const mid = low + Math.max(1, Math.floor((high - low) / 2 / MINUTE_MS)) * MINUTE_MS;
    if (mid >= high) break;
    if (tzOffset(timeZone, new Date(mid)) === offsetAtLo) low = mid;
    else high = mid;
  }
  return high;
}

/** The local calendar date of `instant` in `timeZone`, as "YYYY-MM-DD". */
export function localDateOf(instant: Date, timeZone: string): string {
  return format(new TZDate(instant.getTime(), timeZone), "yyyy-MM-dd");
}

/** The local wall-clock date and minutes after midnight of `instant` in `timeZone`. */
export function utcToWallClock(
  instant: Date,
  timeZone: string,
): { date: LocalDate; minutesAfterMidnight: number } {
  const local = new TZDate(instant.getTime(), timeZone);
  return {
    date: { year: local.getFullYear(), month: local.getMonth() + 1, day: local.getDate() },
    minutesAfterMidnight: local.getHours() * 60 + local.getMinutes(),
  };
}
