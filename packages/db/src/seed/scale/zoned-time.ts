import { TZDate } from "@date-fns/tz";

/**
 * The instant (ms) of `minutes` after local midnight, in an IANA zone, of the calendar date whose
 * UTC midnight is `day`. Correct across DST changes.
 */
export function zonedInstant(timeZone: string, day: number, minutes: number): number {
  const date = new Date(day);
  return new TZDate(
    date.getUTCFullYear(),
    date.getUTCMonth(),
    date.getUTCDate(),
    Math.floor(minutes / 60),
    minutes % 60,
    timeZone,
  ).getTime();
}
