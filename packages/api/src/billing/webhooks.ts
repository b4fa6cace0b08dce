import { eq } from "drizzle-orm";
import Stripe from "stripe";

import type { Database } from "@resq/db/client";
import { paymentAttempts, processedWebhookEvents } from "@resq/db/schema";

import { audit } from "../audit";
import type { Context } from "../context";
import { balanceOf } from "./money";
import { bookPayment, lockInvoice } from "./ledger";

/**
 * Checks a Stripe webhook's signature with Stripe's own code (no network) and returns the event,
 * or null when the signature, its age or the body is wrong.
 */
export function verifyStripeEvent(
  payload: string,
  signature: string | null,
  webhookSecret: string,
): Stripe.Event | null {
  if (!signature) return null;
  try {
    // The key is not used to verify; Stripe's helper lives on the client object.
    return new Stripe("sk_test_unused").webhooks.constructEvent(payload, signature, webhookSecret);
  } catch {
    return null;
  }
}

type Outcome = "processed" | "duplicate" | "ignored";

/**
 * Applies one Stripe event exactly once: its id is written in the same transaction as its effect,
 * so a second delivery finds it and changes nothing. Events may arrive in any order: a payment
 * that succeeded stays succeeded whatever comes after, and one that succeeds after an "expired"
 * is still booked (the money was taken).
 */
export async function processStripeEvent(
  ctx: Pick<Context, "db" | "caller" | "request">,
  event: Stripe.Event,
): Promise<Outcome> {
  return ctx.db.transaction(async (tx) => {
    const [fresh] = await tx
      .insert(processedWebhookEvents)
      .values({ provider: "stripe", eventId: event.id, type: event.type })
      .onConflictDoNothing()
      .returning({ eventId: processedWebhookEvents.eventId });
    if (!fresh) return "duplicate";
    switch (event.type) {
      case "checkout.session.completed":
      case "checkout.session.async_payment_succeeded": {
        const session = event.data.object;
        if (session.payment_status === "unpaid") return "processed";
        return (await settle(ctx, tx, session)) ? "processed" : "ignored";
      }
      case "checkout.session.expired":
      case "checkout.session.async_payment_failed":
        return (await giveUp(tx, event.data.object, event.type)) ? "processed" : "ignored";
      default:
        return "ignored";
    }
  });
}

async function attemptFor(tx: Database, session: Stripe.Checkout.Session) {
  const [attempt] = await tx
    .select()
    .from(paymentAttempts)
    .where(eq(paymentAttempts.providerReference, session.id));
  return attempt ?? null;
}

async function settle(
  ctx: Pick<Context, "caller" | "request">,
  tx: Database,
  session: Stripe.Checkout.Session,
): Promise<boolean> {
  const found = await attemptFor(tx, session);
  if (!found) return false;
  const invoice = await lockInvoice(tx, found.invoiceId);
  const [attempt] = await tx
    .select()
    .from(paymentAttempts)
    .where(eq(paymentAttempts.id, found.id))
    .for("update");
  if (!invoice || !attempt || attempt.status === "succeeded") return false;
  const paymentId =
    typeof session.payment_intent === "string"
      ? session.payment_intent
      : (session.payment_intent?.id ?? null);
  const amountMinor = session.amount_total ?? attempt.amountMinor;
  if (balanceOf(invoice) < amountMinor) {
    // Paid twice (two checkouts of one invoice both finished): the money is Stripe's to return.
    await tx
      .update(paymentAttempts)
      .set({
        status: "failed",
        providerPaymentId: paymentId,
        failureCode: "invoice_already_settled",
        failureMessage: "The invoice was already paid; this payment must be refunded.",
        updatedAt: new Date(),
      })
      .where(eq(paymentAttempts.id, attempt.id));
    await audit(ctx, tx, {
      action: "payment.needs_refund",
      outcome: "failure",
      patientId: invoice.patientId,
      recordType: "invoice",
      recordId: invoice.id,
      details: { attemptId: attempt.id, amountMinor, paymentId },
    });
    return true;
  }
  await tx
    .update(paymentAttempts)
    .set({ status: "succeeded", providerPaymentId: paymentId, updatedAt: new Date() })
    .where(eq(paymentAttempts.id, attempt.id));
  await bookPayment(ctx, tx, invoice, {
    kind: "payment",
    method: "card",
    amountMinor,
    paymentAttemptId: attempt.id,
  });
  return true;
}

async function giveUp(tx: Database, session: Stripe.Checkout.Session, type: string) {
  const attempt = await attemptFor(tx, session);
  if (!attempt || attempt.status === "succeeded" || attempt.status === "failed") return false;
  await tx
    .update(paymentAttempts)
    .set({
      status: type === "checkout.session.expired" ? "cancelled" : "failed",
      failureCode: type === "checkout.session.expired" ? "expired" : "payment_failed",
      updatedAt: new Date(),
    })
    .where(eq(paymentAttempts.id, attempt.id));
  return true;
}
