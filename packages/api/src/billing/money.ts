import type { InvoiceStatus } from "@resq/db/schema";

/** A line's amount: quantity × unit price, in minor units (integers only, never floats). */
export function lineAmount(line: { quantity: number; unitPriceMinor: number }): number {
  if (!Number.isSafeInteger(line.quantity) || !Number.isSafeInteger(line.unitPriceMinor))
    throw new RangeError("money is counted in whole minor units");
  return line.quantity * line.unitPriceMinor;
}

export function invoiceTotal(lines: readonly { quantity: number; unitPriceMinor: number }[]) {
  return lines.reduce((sum, line) => sum + lineAmount(line), 0);
}

/** What the practice holds for the invoice: payments minus refunds. */
export function netPaid(invoice: { paidMinor: number; refundedMinor: number }): number {
  return invoice.paidMinor - invoice.refundedMinor;
}

/**
 * What the patient still owes: only an open invoice has a balance. A refund on a paid invoice is
 * money given back (a goodwill credit), so it does not reopen the invoice.
 */
export function balanceOf(invoice: {
  status: InvoiceStatus;
  totalMinor: number;
  paidMinor: number;
  refundedMinor: number;
}): number {
  if (invoice.status !== "open") return 0;
  return Math.max(0, invoice.totalMinor - netPaid(invoice));
}

/** What may still be refunded of one payment: its amount minus the refunds already made of it. */
export function refundableOf(paymentMinor: number, refundedOfItMinor: number): number {
  return Math.max(0, paymentMinor - refundedOfItMinor);
}

/** "$12.50", "€8.00": for PDFs and emails (the web formats on the client the same way). */
export function formatMoney(amountMinor: number, currency: string, locale = "en-US"): string {
  const digits =
    new Intl.NumberFormat(locale, { style: "currency", currency }).resolvedOptions()
      .maximumFractionDigits ?? 2;
  return new Intl.NumberFormat(locale, { style: "currency", currency }).format(
    amountMinor / 10 ** digits,
  );
}
