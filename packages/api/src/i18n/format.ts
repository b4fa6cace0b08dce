import type { Locale } from "../locales";

/**
 * "Tuesday, December 1, 2026 at 10:00 AM (America/New York)" / "martes, 1 de diciembre de 2026,
 * 10:00 (America/New York)": a moment in a time zone, in the reader's language.
 */
export function formatDateTime(locale: Locale, at: Date, timeZone: string): string {
  const text = new Intl.DateTimeFormat(locale, {
    dateStyle: "full",
    timeStyle: "short",
    timeZone,
  }).format(at);
  return `${text} (${timeZone.replace(/_/g, " ")})`;
}
