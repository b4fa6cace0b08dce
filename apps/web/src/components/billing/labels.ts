import type { BadgeProps } from "@resq/ui/badge";

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

/** "2026-12-14" → "Dec 14, 2026" (a calendar date: no time zone to convert). */
export function calendarDate(date: string): string {
  const [y, m, d] = date.split("-").map(Number);
  return new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" }).format(
    new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1)),
  );
}
