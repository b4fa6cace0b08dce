import type { PaymentProviderName } from "@resq/db/schema";

/** Card details typed into the demo processor's form (never stored: only the last 4 digits). */
export interface CardDetails {
  number: string;
  expiry: string;
  cvc: string;
}

export interface StartPaymentInput {
  attemptId: string;
  invoiceId: string;
  invoiceNumber: string;
  amountMinor: number;
  currency: string;
  idempotencyKey: string;
  card?: CardDetails;
  /** Where a redirecting provider sends the payer back. */
  returnUrl: string;
  payerEmail: string;
}

export type StartPaymentResult =
  | { status: "succeeded"; reference: string; paymentId: string; cardLast4: string | null }
  | {
      status: "declined";
      reference: string;
      code: string;
      message: string;
      cardLast4: string | null;
    }
  /** The card needs a second step (like 3-D Secure) before it is charged. */
  | { status: "requires_action"; reference: string; cardLast4: string | null }
  /** The payer finishes on the provider's page; a signed webhook reports the result. */
  | { status: "redirect"; reference: string; url: string };

/**
 * A card processor. Each provider takes a payment its own way (a card form, or a redirect to a
 * hosted page), but they report the same outcomes, so the billing code is one for both.
 */
export interface PaymentProvider {
  name: PaymentProviderName;
  /** Shown to the payer: the demo processor is labelled as a demo. */
  label: string;
  flow: "card_form" | "redirect";
  start(input: StartPaymentInput): Promise<StartPaymentResult>;
  /** The second step of a card that needs one (approve = the payer passed it). */
  confirm(
    reference: string,
    approve: boolean,
  ): Promise<Extract<StartPaymentResult, { status: "succeeded" | "declined" }>>;
  refund(input: {
    paymentId: string;
    amountMinor: number;
    idempotencyKey: string;
  }): Promise<{ reference: string }>;
}
