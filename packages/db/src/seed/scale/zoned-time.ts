/** Wall-clock time in an IANA zone to an instant, correct across DST changes. */
const formatters = new Map<string, Intl.DateTimeFormat>();

function offsetMinutes(timeZone: string, instant: number): number {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    formatters.set(timeZone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(instant).map((p) => [p.type, p.value]));
  const asUtc = Date.UTC(
    Number(parts.year),
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
    Number(parts.second),
  );
  return Math.round((asUtc - instant) / 60_000);
}

/** The instant (ms) of `minutes` after local midnight of the UTC-labelled `day` (ms at 00:00Z). */
export function zonedInstant(timeZone: string, day: number, minutes: number): number {
  const wall = day + minutes * 60_000;
  // Two passes settle the offset on both sides of a DST change.
  const instant = wall - offsetMinutes(timeZone, wall) * 60_000;
  return wall - offsetMinutes(timeZone, instant) * 60_000;
}
