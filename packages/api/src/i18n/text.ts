import type { Locale } from "../locales";

/**
 * Server-side text in the reader's language: each concern (emails, notifications, …) keeps one
 * catalogue, `{ en, es }`, of strings with `{placeholders}`. English is the source: its literal
 * types tell callers which values a text needs, and every other language must have every key
 * (a missing one is a type error; the catalogue tests check the placeholders match).
 */

/** The placeholder names in a text: "Hello {name}, {count} new" → "name" | "count". */
export type Placeholders<S extends string> = S extends `${string}{${infer Name}}${infer Rest}`
  ? Name | Placeholders<Rest>
  : never;

/** The values a text needs, as the trailing argument of a translator (none for a fixed text). */
export type TextValues<S extends string> = [Placeholders<S>] extends [never]
  ? []
  : [values: Record<Placeholders<S>, string | number>];

/** A catalogue's shape: the English keys, each a string in any language. */
export type TextsOf<English extends Record<string, string>> = { [K in keyof English]: string };

/**
 * Puts values into a text's {placeholders}, in one pass: a value that itself contains braces (a
 * name, a subject) is never read as a placeholder. A placeholder without a value stays as it is.
 */
export function fill(text: string, values: Record<string, string | number> = {}): string {
  return text.replace(/\{(\w+)\}/g, (match, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : match,
  );
}

/** The placeholder names in a text, sorted (for the catalogue tests). */
export function placeholdersOf(text: string): string[] {
  return [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? ""))].sort();
}

/**
 * A catalogue's texts in one language, values filled in:
 * `const t = translator(catalogue)(locale); t("greeting", { name })`. The values a key needs are
 * checked against its English text.
 */
export function translator<const English extends Record<string, string>>(
  catalogue: { en: English } & Record<Locale, TextsOf<English>>,
) {
  return (locale: Locale) =>
    <K extends keyof English & string>(key: K, ...values: TextValues<English[K]>): string =>
      fill(catalogue[locale][key], values[0]);
}
