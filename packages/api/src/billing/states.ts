import type { InvoiceStatus } from "@resq/db/schema";

/** The invoice life cycle: draft → open → paid, and void from draft or open (never after money). */
const allowed: Record<InvoiceStatus, readonly InvoiceStatus[]> = {
  draft: ["open", "void"],
  open: ["paid", "void"],
  paid: [],
  void: [],
};

export function canTransition(from: InvoiceStatus, to: InvoiceStatus): boolean {
  return allowed[from].includes(to);
}

/** An invoice can take money only while open; void only while no money is held on it. */
export function canVoid(invoice: {
  status: InvoiceStatus;
  paidMinor: number;
  refundedMinor: number;
}) {
  return canTransition(invoice.status, "void") && invoice.paidMinor - invoice.refundedMinor === 0;
}

/** The status after a payment: paid once payments minus refunds cover the total. */
export function statusAfterPayment(invoice: {
  totalMinor: number;
  paidMinor: number;
  refundedMinor: number;
}): InvoiceStatus {
  return invoice.paidMinor - invoice.refundedMinor >= invoice.totalMinor ? "paid" : "open";
}
