import { and, eq, sql } from "drizzle-orm";

import type { Database } from "@resq/db/client";
import { invoices, ledgerEntries, type PaymentMethod } from "@resq/db/schema";

import { recordProductEvent } from "../analytics/product-events";
import { audit } from "../audit";
import type { Context } from "../context";
import { AppError } from "../trpc";
import { balanceOf, refundableOf } from "./money";
import { statusAfterPayment } from "./states";

export type Invoice = typeof invoices.$inferSelect;

/**
 * Reads an invoice and holds its row lock until the transaction ends: every money movement of an
 * invoice goes through here first, so two payments of one invoice are checked one after another.
 */
export async function lockInvoice(tx: Database, invoiceId: string): Promise<Invoice | null> {
  const [invoice] = await tx
    .select()
    .from(invoices)
    .where(eq(invoices.id, invoiceId))
    .for("update");
  return invoice ?? null;
}

export const notPayable = (invoice: Invoice) =>
  invoice.status === "paid"
    ? new AppError("CONFLICT", "INVOICE_ALREADY_PAID", "Invoice {number} is already paid.", {
        values: { number: invoice.number },
      })
    : new AppError("CONFLICT", "INVOICE_NOT_PAYABLE", "Invoice {number} is not open for payment.", {
        values: { number: invoice.number },
      });

/** Refuses a payment the locked invoice cannot take (not open, or more than its balance). */
export function assertPayable(invoice: Invoice, amountMinor: number) {
  const balance = balanceOf(invoice);
  if (balance === 0) throw notPayable(invoice);
  if (amountMinor > balance)
    throw new AppError(
      "CONFLICT",
      "AMOUNT_EXCEEDS_BALANCE",
      "The amount is more than the balance of invoice {number}.",
      {
        values: { number: invoice.number },
        fields: { amountMinor: "The amount is more than the balance." },
        details: { balanceMinor: balance },
      },
    );
}

/**
 * Books money received on a locked invoice: the ledger row, the invoice's totals and status, and
 * the audit event, all in the caller's transaction.
 */
export async function bookPayment(
  ctx: Pick<Context, "caller" | "request">,
  tx: Database,
  invoice: Invoice,
  payment: {
    kind: "payment" | "offline_payment";
    method: PaymentMethod;
    amountMinor: number;
    paymentAttemptId?: string;
    reference?: string | null;
  },
) {
  assertPayable(invoice, payment.amountMinor);
  const now = new Date();
  const [entry] = await tx
    .insert(ledgerEntries)
    .values({
      invoiceId: invoice.id,
      kind: payment.kind,
      method: payment.method,
      amountMinor: payment.amountMinor,
      currency: invoice.currency,
      paymentAttemptId: payment.paymentAttemptId ?? null,
      reference: payment.reference ?? null,
      recordedBy: ctx.caller?.userId ?? null,
      occurredAt: now,
    })
    .returning();
  const paidMinor = invoice.paidMinor + payment.amountMinor;
  const status = statusAfterPayment({ ...invoice, paidMinor });
  const [updated] = await tx
    .update(invoices)
    .set({
      paidMinor,
      status,
      paidAt: status === "paid" ? now : invoice.paidAt,
      updatedAt: now,
    })
    .where(eq(invoices.id, invoice.id))
    .returning();
  await audit(ctx, tx, {
    action: payment.kind === "payment" ? "payment.received" : "payment.offline_recorded",
    patientId: invoice.patientId,
    recordType: "invoice",
    recordId: invoice.id,
    details: {
      ledgerEntryId: entry?.id,
      amountMinor: payment.amountMinor,
      currency: invoice.currency,
      method: payment.method,
      status,
    },
  });
  // Online payments (card through a provider) count towards the usage analytics' adoption figure.
  if (payment.kind === "payment") {
    await recordProductEvent(tx, {
      kind: "payment.succeeded",
      userId: invoice.patientId,
      role: "patient",
      properties: { invoiceId: invoice.id, method: payment.method },
    });
  }
  return { entry: entry!, invoice: updated! };
}

/** Sum of the refunds already made of one payment. */
export async function refundedOf(tx: Database, paymentEntryId: string): Promise<number> {
  const [row] = await tx
    .select({ total: sql<string>`coalesce(sum(${ledgerEntries.amountMinor}), 0)` })
    .from(ledgerEntries)
    .where(and(eq(ledgerEntries.kind, "refund"), eq(ledgerEntries.refundOfId, paymentEntryId)));
  return Number(row?.total ?? 0);
}

/** Refuses a refund of more than what is left of the payment (409 naming what is left). */
export async function assertRefundable(
  tx: Database,
  payment: typeof ledgerEntries.$inferSelect,
  amountMinor: number,
) {
  const refundable = refundableOf(payment.amountMinor, await refundedOf(tx, payment.id));
  if (amountMinor > refundable)
    throw new AppError(
      "CONFLICT",
      "REFUND_EXCEEDS_PAYMENT",
      refundable === 0
        ? "This payment has already been refunded in full."
        : "A refund cannot be more than what is left of the payment.",
      {
        fields: { amountMinor: "More than what is left of the payment." },
        details: { refundableMinor: refundable },
      },
    );
}

/**
 * Books a refund of one payment on a locked invoice; never more than what is left of that payment
 * (and so never more than was paid). The provider's refund happens before, its id is the reference.
 */
export async function bookRefund(
  ctx: Pick<Context, "caller" | "request">,
  tx: Database,
  invoice: Invoice,
  payment: typeof ledgerEntries.$inferSelect,
  refund: { amountMinor: number; reason: string; reference?: string | null },
) {
  await assertRefundable(tx, payment, refund.amountMinor);
  const now = new Date();
  const [entry] = await tx
    .insert(ledgerEntries)
    .values({
      invoiceId: invoice.id,
      kind: "refund",
      method: payment.method,
      amountMinor: refund.amountMinor,
      currency: invoice.currency,
      refundOfId: payment.id,
      reference: refund.reference ?? null,
      reason: refund.reason,
      recordedBy: ctx.caller?.userId ?? null,
      occurredAt: now,
    })
    .returning();
  const [updated] = await tx
    .update(invoices)
    .set({ refundedMinor: invoice.refundedMinor + refund.amountMinor, updatedAt: now })
    .where(eq(invoices.id, invoice.id))
    .returning();
  await audit(ctx, tx, {
    action: "payment.refunded",
    patientId: invoice.patientId,
    recordType: "invoice",
    recordId: invoice.id,
    details: {
      ledgerEntryId: entry?.id,
      refundOf: payment.id,
      amountMinor: refund.amountMinor,
      currency: invoice.currency,
      reason: refund.reason,
    },
  });
  return { entry: entry!, invoice: updated! };
}
