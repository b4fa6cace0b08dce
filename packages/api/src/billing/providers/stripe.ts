import Stripe from "stripe";

import type { PaymentProvider } from "./types";

/** Stripe's client; no network until a call is made. */
export function stripeClient(secretKey: string): Stripe {
  return new Stripe(secretKey, { maxNetworkRetries: 2, timeout: 20_000 });
}

/**
 * Stripe Checkout: the payer enters the card on Stripe's page; the signed webhook
 * (checkout.session.completed) books the payment. Stripe's idempotency keys make retries safe.
 */
export function stripeProvider(secretKey: string): PaymentProvider {
  const stripe = stripeClient(secretKey);
  return {
    name: "stripe",
    label: "Card payment by Stripe",
    flow: "redirect",
    async start(input) {
      const session = await stripe.checkout.sessions.create(
        {
          mode: "payment",
          client_reference_id: input.attemptId,
          customer_email: input.payerEmail,
          line_items: [
            {
              quantity: 1,
              price_data: {
                currency: input.currency.toLowerCase(),
                unit_amount: input.amountMinor,
                product_data: { name: `Invoice ${input.invoiceNumber}` },
              },
            },
          ],
          metadata: { attemptId: input.attemptId, invoiceId: input.invoiceId },
          payment_intent_data: {
            metadata: { attemptId: input.attemptId, invoiceId: input.invoiceId },
          },
          success_url: `${input.returnUrl}?checkout=success`,
          cancel_url: `${input.returnUrl}?checkout=cancelled`,
        },
        { idempotencyKey: `checkout-${input.idempotencyKey}` },
      );
      if (!session.url) throw new Error("Stripe returned a Checkout Session without a URL");
      return { status: "redirect", reference: session.id, url: session.url };
    },
    confirm() {
      return Promise.reject(new Error("Stripe Checkout confirms by webhook"));
    },
    async refund(input) {
      const refund = await stripe.refunds.create(
        { payment_intent: input.paymentId, amount: input.amountMinor },
        { idempotencyKey: `refund-${input.idempotencyKey}` },
      );
      return { reference: refund.id };
    },
  };
}
