import { and, eq } from "drizzle-orm";

import { paymentAttempts } from "@resq/db/schema";

import { audit } from "../audit";
import type { Caller, Context } from "../context";
import { AppError } from "../trpc";
import { balanceOf } from "./money";
import { assertPayable, bookPayment, lockInvoice } from "./ledger";
import { activeProvider, type CardDetails, type PaymentProvider } from "./providers";

type Attempt = typeof paymentAttempts.$inferSelect;

const invoiceNotFound = () =>
  new AppError("NOT_FOUND", "NOT_FOUND", "That invoice does not exist.");

/** What the payer is told about an attempt (the same answer for a retry with the same key). */
export function attemptOutcome(attempt: Attempt, redirectUrl: string | null = null) {
  return {
    attemptId: attempt.id,
    status: attempt.status,
    amountMinor: attempt.amountMinor,
    currency: attempt.currency,
    provider: attempt.provider,
    cardLast4: attempt.cardLast4,
    failureCode: attempt.failureCode,
    failureMessage: attempt.failureMessage,
    redirectUrl,
  };
}

/**
 * A patient pays one of their invoices. Under the invoice's row lock: a retry with the same
 * idempotency key gets its first answer (charged once); a second, different payment of an
 * invoice already paid gets 409. Declines and second steps are recorded and audited too.
 */
export async function payInvoice(
  ctx: Context & { caller: Caller },
  input: {
    invoiceId: string;
    idempotencyKey: string;
    amountMinor?: number;
    card?: CardDetails;
  },
  provider: PaymentProvider = activeProvider(),
) {
  return ctx.db.transaction(async (tx) => {
    const invoice = await lockInvoice(tx, input.invoiceId);
    if (!invoice || invoice.patientId !== ctx.caller.userId) throw invoiceNotFound();
    const [earlier] = await tx
      .select()
      .from(paymentAttempts)
      .where(eq(paymentAttempts.idempotencyKey, input.idempotencyKey));
    if (earlier) {
      if (earlier.invoiceId !== invoice.id || earlier.payerId !== ctx.caller.userId)
        throw new AppError(
          "CONFLICT",
          "IDEMPOTENCY_KEY_REUSED",
          "This idempotency key was used for another payment.",
        );
      return attemptOutcome(earlier);
    }
    const amountMinor = input.amountMinor ?? balanceOf(invoice);
    assertPayable(invoice, amountMinor);
    if (provider.flow === "card_form" && !input.card)
      throw new AppError("BAD_REQUEST", "CARD_REQUIRED", "Enter the card details.", {
        fields: { "card.number": "Enter the card number." },
      });
    const attemptId = crypto.randomUUID();
    const result = await provider.start({
      attemptId,
      invoiceId: invoice.id,
      invoiceNumber: invoice.number,
      amountMinor,
      currency: invoice.currency,
      idempotencyKey: input.idempotencyKey,
      card: input.card,
      returnUrl: `${ctx.appUrl}/patient/billing`,
      payerEmail: ctx.caller.email,
    });
    const [attempt] = await tx
      .insert(paymentAttempts)
      .values({
        id: attemptId,
        invoiceId: invoice.id,
        payerId: ctx.caller.userId,
        idempotencyKey: input.idempotencyKey,
        provider: provider.name,
        providerReference: result.reference,
        providerPaymentId: result.status === "succeeded" ? result.paymentId : null,
        amountMinor,
        currency: invoice.currency,
        status:
          result.status === "succeeded"
            ? "succeeded"
            : result.status === "declined"
              ? "failed"
              : result.status === "requires_action"
                ? "requires_action"
                : "pending",
        cardLast4: "cardLast4" in result ? result.cardLast4 : null,
        failureCode: result.status === "declined" ? result.code : null,
        failureMessage: result.status === "declined" ? result.message : null,
      })
      .returning();
    if (!attempt) throw new Error("payment attempt not recorded");
    if (result.status === "succeeded") {
      await bookPayment(ctx, tx, invoice, {
        kind: "payment",
        method: "card",
        amountMinor,
        paymentAttemptId: attempt.id,
      });
    } else {
      await audit(ctx, tx, {
        action: `payment.${result.status === "declined" ? "declined" : result.status === "redirect" ? "checkout_started" : "requires_action"}`,
        outcome: result.status === "declined" ? "failure" : "success",
        patientId: invoice.patientId,
        recordType: "invoice",
        recordId: invoice.id,
        details: { attemptId: attempt.id, amountMinor, provider: provider.name },
      });
    }
    return attemptOutcome(attempt, result.status === "redirect" ? result.url : null);
  });
}

/** The second step of a card that asked for one: approved, the payment is booked (once). */
export async function confirmPayment(
  ctx: Context & { caller: Caller },
  input: { attemptId: string; approve: boolean },
  provider: PaymentProvider = activeProvider(),
) {
  return ctx.db.transaction(async (tx) => {
    const [found] = await tx
      .select({ invoiceId: paymentAttempts.invoiceId })
      .from(paymentAttempts)
      .where(
        and(
          eq(paymentAttempts.id, input.attemptId),
          eq(paymentAttempts.payerId, ctx.caller.userId),
        ),
      );
    if (!found) throw new AppError("NOT_FOUND", "NOT_FOUND", "That payment does not exist.");
    // Invoice first, then the attempt: the same lock order as every other money movement.
    const invoice = await lockInvoice(tx, found.invoiceId);
    const [attempt] = await tx
      .select()
      .from(paymentAttempts)
      .where(eq(paymentAttempts.id, input.attemptId))
      .for("update");
    if (!invoice || !attempt) throw invoiceNotFound();
    if (attempt.status !== "requires_action") return attemptOutcome(attempt);
    if (attempt.provider !== provider.name || !attempt.providerReference)
      throw new AppError("CONFLICT", "NOT_CONFIRMABLE", "This payment cannot be confirmed here.");
    if (input.approve) assertPayable(invoice, attempt.amountMinor);
    const result = await provider.confirm(attempt.providerReference, input.approve);
    const [updated] = await tx
      .update(paymentAttempts)
      .set(
        result.status === "succeeded"
          ? { status: "succeeded", providerPaymentId: result.paymentId, updatedAt: new Date() }
          : {
              status: "failed",
              failureCode: result.code,
              failureMessage: result.message,
              updatedAt: new Date(),
            },
      )
      .where(eq(paymentAttempts.id, attempt.id))
      .returning();
    if (result.status === "succeeded") {
      await bookPayment(ctx, tx, invoice, {
        kind: "payment",
        method: "card",
        amountMinor: attempt.amountMinor,
        paymentAttemptId: attempt.id,
      });
    } else {
      await audit(ctx, tx, {
        action: "payment.declined",
        outcome: "failure",
        patientId: invoice.patientId,
        recordType: "invoice",
        recordId: invoice.id,
        details: { attemptId: attempt.id, code: result.code },
      });
    }
    return attemptOutcome(updated!);
  });
}
