import type { BadgeProps } from "@resq/ui/badge";

/*
 * The English labels below stay for pages that do not use the catalogue yet. Translated UI uses
 * the same keys in the "billing" area: t(`status.${status}`), t(`kind.${kind}`),
 * t(`method.${method}`) and t(`movement.${kind}`) (messages/en/billing.json).
 */

export type InvoiceStatus = "draft" | "open" | "paid" | "void";

export const statusLabel: Record<InvoiceStatus, string> = {
  draft: "Draft",
  open: "Open",
  paid: "Paid",
  void: "Void",
};

export const statusVariant: Record<InvoiceStatus, BadgeProps["variant"]> = {
  draft: "outline",
  open: "warning",
  paid: "success",
  void: "secondary",
};

export const kindLabel: Record<string, string> = {
  visit: "Visit",
  late_cancellation: "Late cancellation fee",
  no_show: "Missed appointment fee",
  manual: "Invoice",
};

export const methodLabel: Record<string, string> = {
  card: "Card",
  cash: "Cash",
  card_terminal: "Card terminal",
  insurance: "Insurance",
};

export const movementLabel: Record<string, string> = {
  payment: "Payment",
  offline_payment: "Payment at the practice",
  refund: "Refund",
};

/** "2026-12-14" → "Dec 14, 2026" ("14 dic 2026" in Spanish): a calendar date, no zone to convert. */
export function calendarDate(date: string, locale = "en-US"): string {
  const [y, m, d] = date.split("-").map(Number);
  return new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" }).format(
    new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1)),
  );
}
