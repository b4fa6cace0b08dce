import type { BadgeProps } from "@resq/ui/badge";

/*
 * The words for statuses, kinds, methods and movements are in the "billing" area of the catalogue:
 * t(`status.${status}`), t(`kind.${kind}`), t(`method.${method}`), t(`movement.${kind}`).
 */

export type InvoiceStatus = "draft" | "open" | "paid" | "void";

export const statusVariant: Record<InvoiceStatus, BadgeProps["variant"]> = {
  draft: "outline",
  open: "warning",
  paid: "success",
  void: "secondary",
};
