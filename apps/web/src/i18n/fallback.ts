import type { IntlError } from "next-intl";

/**
 * What a missing message renders as: its key in brackets, so a gap is visible on the page and the
 * browser tests can find it, rather than a blank or a silently English word.
 */
export function missingMessage({ namespace, key }: { namespace?: string; key: string }): string {
  return `⟦${namespace ? `${namespace}.` : ""}${key}⟧`;
}

/** Missing messages are reported (without their values, which may hold personal data). */
export function reportIntlError(error: IntlError): void {
  console.error(`[i18n] ${error.code}: ${error.originalMessage ?? ""}`);
}
