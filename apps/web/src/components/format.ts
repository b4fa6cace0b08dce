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

/** Language names in one language, made once per locale. */
const displayNames = new Map<string, Intl.DisplayNames | null>();
function languageNamesIn(locale: string): Intl.DisplayNames | null {
  let names = displayNames.get(locale);
  if (names === undefined) {
    try {
      names = new Intl.DisplayNames([locale], { type: "language", fallback: "none" });
    } catch {
      names = null;
    }
    displayNames.set(locale, names);
  }
  return names;
}

const isEnglish = (locale: string) => locale === "en" || locale.startsWith("en-");

/**
 * A language code in words, in the reader's language, as it reads inside a sentence: ("fr", "en")
 * → "French", ("fr", "es") → "francés". English uses RESQ's own list; other languages ask
 * Intl.DisplayNames, falling back to the English name. Unknown codes are shown as they are.
 */
function languageWord(code: string, locale: string): { word: string; translated: boolean } {
  const english = (LANGUAGES as Record<string, string>)[code];
  const translated = isEnglish(locale) ? undefined : languageNamesIn(locale)?.of(code);
  return translated
    ? { word: translated, translated: true }
    : { word: english ?? code, translated: false };
}

/**
 * A language code in words, on its own (a menu option), in the reader's language: "French",
 * "Francés" (a translated name gets a capital letter, as a list item would).
 */
export function languageName(code: string, locale: string): string {
  const { word, translated } = languageWord(code, locale);
  return translated ? word.charAt(0).toLocaleUpperCase(locale) + word.slice(1) : word;
}

/** A list of language codes in words: "English, Spanish and French", "inglés, español y francés". */
export function languageList(codes: readonly string[], locale: string): string {
  return new Intl.ListFormat(locale, { style: "long", type: "conjunction" }).format(
    codes.map((code) => languageWord(code, locale).word),
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

/** A calendar date ("2026-12-14") in the reader's language: "Dec 14, 2026", "14 dic 2026". No zone. */
export function calendarDate(date: string, locale: string): string {
  const [y, m, d] = date.split("-").map(Number);
  return new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" }).format(
    new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1)),
  );
}
