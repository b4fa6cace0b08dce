import { and, desc, eq, inArray, sql } from "drizzle-orm";
import { z } from "zod";

import { invoices, ledgerEntries, paymentAttempts, users } from "@resq/db/schema";

import { assertRefundable, bookPayment, bookRefund, lockInvoice } from "../../billing/ledger";
import { audit } from "../../audit";
import { confirmPayment, payInvoice } from "../../billing/payments";
import { activeProvider, providerNamed } from "../../billing/providers";
import { AppError, adminProcedure, patientProcedure, roleProcedure } from "../../trpc";
import { invoiceNotFound, mayManage } from "./access";
import { offlinePaymentSchema, paySchema, refundSchema } from "./schemas";

/** Which processor takes payments here, so the page shows a card form or a Checkout button. */
export const provider = patientProcedure.query(() => {
  const active = activeProvider();
  return {
    name: active.name,
    label: active.label,
    flow: active.flow,
    demo: active.name === "demo",
  };
});

/** Pays an invoice of the caller's (idempotent per key; 409 when it is already paid). */
export const pay = patientProcedure
  .input(paySchema)
  .mutation(({ ctx, input }) => payInvoice(ctx, input));

/** Completes (or fails) the second step a card asked for. */
export const confirm = patientProcedure
  .input(z.object({ attemptId: z.uuid("Unknown payment."), approve: z.boolean() }))
  .mutation(({ ctx, input }) => confirmPayment(ctx, input));

/** Cash, card terminal or insurance money received at the practice, recorded by its doctor or an admin. */
export const recordOffline = roleProcedure("doctor", "admin")
  .input(offlinePaymentSchema)
  .mutation(async ({ ctx, input }) => {
    const { entry, invoice } = await ctx.db.transaction(async (tx) => {
      const locked = await lockInvoice(tx, input.invoiceId);
      if (!locked || !mayManage(ctx.caller, locked)) throw invoiceNotFound();
      return bookPayment(ctx, tx, locked, {
        kind: "offline_payment",
        method: input.method,
        amountMinor: input.amountMinor,
        reference: input.reference || null,
      });
    });
    return { paymentId: entry.id, status: invoice.status, paidMinor: invoice.paidMinor };
  });

/**
 * Refunds a payment in full or in part (admins, with a reason): never more than what is left of
 * it. A card payment is returned through its processor first; the ledger row names its refund id.
 */
export const refund = adminProcedure.input(refundSchema).mutation(async ({ ctx, input }) => {
  const { entry, invoice } = await ctx.db.transaction(async (tx) => {
    const [payment] = await tx
      .select()
      .from(ledgerEntries)
      .where(eq(ledgerEntries.id, input.paymentId));
    if (!payment || payment.kind === "refund")
      throw new AppError("NOT_FOUND", "NOT_FOUND", "That payment does not exist.");
    const locked = await lockInvoice(tx, payment.invoiceId);
    if (!locked) throw invoiceNotFound();
    const [attempt] = payment.paymentAttemptId
      ? await tx
          .select()
          .from(paymentAttempts)
          .where(eq(paymentAttempts.id, payment.paymentAttemptId))
      : [];
    // Check the limit before asking the processor for money back.
    await assertRefundable(tx, payment, input.amountMinor);
    const reference =
      attempt?.providerPaymentId && attempt.provider
        ? (
            await providerNamed(attempt.provider).refund({
              paymentId: attempt.providerPaymentId,
              amountMinor: input.amountMinor,
              idempotencyKey: input.idempotencyKey,
            })
          ).reference
        : null;
    return bookRefund(ctx, tx, locked, payment, { ...input, reference });
  });
  return { refundId: entry.id, refundedMinor: invoice.refundedMinor, status: invoice.status };
});

/** The caller's payment history: every payment and refund on their invoices, newest first. */
export const history = patientProcedure
  .input(
    z
      .object({
        page: z.number().int().min(1).max(10_000).default(1),
        pageSize: z.number().int().min(1).max(100).default(20),
      })
      .default({ page: 1, pageSize: 20 }),
  )
  .query(async ({ ctx, input }) => {
    const own = eq(invoices.patientId, ctx.caller.userId);
    const rows = await ctx.db
      .select({ entry: ledgerEntries, number: invoices.number })
      .from(ledgerEntries)
      .innerJoin(invoices, eq(invoices.id, ledgerEntries.invoiceId))
      .where(own)
      .orderBy(desc(ledgerEntries.occurredAt))
      .limit(input.pageSize)
      .offset((input.page - 1) * input.pageSize);
    const [total] = await ctx.db
      .select({ n: sql<number>`count(*)::int` })
      .from(ledgerEntries)
      .innerJoin(invoices, and(eq(invoices.id, ledgerEntries.invoiceId), own));
    await audit(ctx, ctx.db, {
      action: "payment.list",
      patientId: ctx.caller.userId,
      recordType: "payment",
      details: { count: rows.length },
    });
    return {
      items: rows.map(({ entry, number }) => ({
        id: entry.id,
        invoiceId: entry.invoiceId,
        invoiceNumber: number,
        kind: entry.kind,
        method: entry.method,
        amountMinor: entry.amountMinor,
        currency: entry.currency,
        occurredAt: entry.occurredAt,
        reason: entry.reason,
      })),
      page: input.page,
      pageSize: input.pageSize,
      total: total?.n ?? 0,
    };
  });

/** Payments across practices with what is left to refund, for the admins' refunds page. */
export const refundable = adminProcedure
  .input(
    z
      .object({
        page: z.number().int().min(1).max(10_000).default(1),
        pageSize: z.number().int().min(1).max(100).default(20),
      })
      .default({ page: 1, pageSize: 20 }),
  )
  .query(async ({ ctx, input }) => {
    const refunded = sql<string>`coalesce((select sum(r.amount_minor) from ledger_entries r where r.refund_of_id = ${ledgerEntries.id}), 0)`;
    const rows = await ctx.db
      .select({
        entry: ledgerEntries,
        number: invoices.number,
        patientName: users.name,
        refunded,
      })
      .from(ledgerEntries)
      .innerJoin(invoices, eq(invoices.id, ledgerEntries.invoiceId))
      .innerJoin(users, eq(users.id, invoices.patientId))
      .where(inArray(ledgerEntries.kind, ["payment", "offline_payment"]))
      .orderBy(desc(ledgerEntries.occurredAt))
      .limit(input.pageSize)
      .offset((input.page - 1) * input.pageSize);
    const [total] = await ctx.db
      .select({ n: sql<number>`count(*)::int` })
      .from(ledgerEntries)
      .where(inArray(ledgerEntries.kind, ["payment", "offline_payment"]));
    await audit(ctx, ctx.db, {
      action: "payment.list",
      recordType: "payment",
      details: { count: rows.length },
    });
    return {
      items: rows.map((r) => ({
        id: r.entry.id,
        invoiceNumber: r.number,
        patientName: r.patientName,
        method: r.entry.method,
        amountMinor: r.entry.amountMinor,
        refundedMinor: Number(r.refunded),
        currency: r.entry.currency,
        occurredAt: r.entry.occurredAt,
      })),
      page: input.page,
      pageSize: input.pageSize,
      total: total?.n ?? 0,
    };
  });
