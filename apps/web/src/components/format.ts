import { LANGUAGES } from "@resq/api/practice-schemas";

/** Digits after the decimal point of a currency (2 for USD, 0 for JPY). */
export function currencyDigits(currency: string): number {
  try {
    return (
      new Intl.NumberFormat("en", { style: "currency", currency }).resolvedOptions()
        .maximumFractionDigits ?? 2
    );
  } catch {
    return 2;
  }
}

/**
 * A price stored in minor units (cents), in the currency's own format: 12500 USD → "$125.00".
 * A fixed locale, so the server and the browser render the same text.
 */
export function formatMoney(minor: number, currency: string, locale = "en-US"): string {
  const major = minor / 10 ** currencyDigits(currency);
  try {
    return new Intl.NumberFormat(locale, { style: "currency", currency }).format(major);
  } catch {
    return `${major.toFixed(2)} ${currency}`;
  }
}

/** A language code in words ("fr" → "French"); unknown codes are shown as they are. */
export function languageName(code: string): string {
  return (LANGUAGES as Record<string, string>)[code] ?? code;
}

/** A list of language codes in words: "English, Spanish and French". */
export function languageList(codes: readonly string[]): string {
  return new Intl.ListFormat("en", { style: "long", type: "conjunction" }).format(
    codes.map(languageName),
  );
}

/** The calendar date ("YYYY-MM-DD") of a moment in a time zone. */
export function dateInZone(moment: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(moment);
}

/** A "YYYY-MM-DD" date moved by whole days. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
