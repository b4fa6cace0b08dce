/** The languages RESQ speaks. A user's choice is saved in their profile (users.locale). */
export const LOCALES = ["en", "es"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";

/**
 * The cookie that keeps a visitor's language before (and besides) an account (the web app sets it:
 * apps/web/src/i18n/locale.ts uses the same name).
 */
export const LOCALE_COOKIE = "resq-locale";

/** Each language in its own words, as a language picker shows it. */
export const LOCALE_NAMES: Record<Locale, string> = { en: "English", es: "Español" };

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/**
 * The best supported language for an Accept-Language header ("es-MX,es;q=0.9,en;q=0.8" → "es"),
 * or the default. Only the primary subtag matters: RESQ has one Spanish and one English.
 */
export function negotiateLocale(acceptLanguage: string | null | undefined): Locale {
  const ranked = (acceptLanguage ?? "")
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find(Boolean);
      return { language: tag.split("-")[0]?.toLowerCase() ?? "", q: q ? Number(q) : 1, index };
    })
    .filter((entry) => entry.language && entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  return ranked.map((entry) => entry.language).find(isLocale) ?? DEFAULT_LOCALE;
}

/**
 * The language a request came in, from its headers alone: the visitor's language cookie, else the
 * browser's Accept-Language. (A signed-in user's saved choice comes from their profile instead.)
 */
export function requestLocale(headers: Headers): Locale {
  for (const part of (headers.get("cookie") ?? "").split(";")) {
    const [name, ...value] = part.trim().split("=");
    if (name !== LOCALE_COOKIE) continue;
    const saved = decodeURIComponent(value.join("="));
    if (isLocale(saved)) return saved;
  }
  return negotiateLocale(headers.get("accept-language"));
}
