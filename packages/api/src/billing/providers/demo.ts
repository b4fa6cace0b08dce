import type { PaymentProvider, StartPaymentResult } from "./types";

/** The demo processor's test cards, as card processors document theirs. */
export const DEMO_CARDS = {
  success: "4242424242424242",
  decline: "4000000000000002",
  secondStep: "4000002500003155",
} as const;

const digitsOf = (number: string) => number.replace(/[\s-]/g, "");

/**
 * A built-in card processor for the embedded demo: no network, no real money. It answers like a
 * real one for the documented test cards: success, a decline, and a card that needs a second step.
 */
export const demoProvider: PaymentProvider = {
  name: "demo",
  label: "Demo payments (no real money)",
  flow: "card_form",
  start(input) {
    const reference = `demo_ch_${input.attemptId.replaceAll("-", "")}`;
    const number = digitsOf(input.card?.number ?? "");
    const cardLast4 = number.slice(-4) || null;
    let result: StartPaymentResult;
    switch (number) {
      case DEMO_CARDS.success:
        result = { status: "succeeded", reference, paymentId: reference, cardLast4 };
        break;
      case DEMO_CARDS.secondStep:
        result = { status: "requires_action", reference, cardLast4 };
        break;
      case DEMO_CARDS.decline:
        result = {
          status: "declined",
          reference,
          code: "card_declined",
          message: "Your card was declined.",
          cardLast4,
        };
        break;
      default:
        result = {
          status: "declined",
          reference,
          code: "card_not_supported",
          message: "The demo processor accepts only its test cards.",
          cardLast4,
        };
    }
    return Promise.resolve(result);
  },
  confirm(reference, approve) {
    return Promise.resolve(
      approve
        ? { status: "succeeded", reference, paymentId: reference, cardLast4: null }
        : {
            status: "declined",
            reference,
            code: "authentication_failed",
            message: "The card's second step was not completed.",
            cardLast4: null,
          },
    );
  },
  refund(input) {
    return Promise.resolve({ reference: `demo_re_${input.idempotencyKey.slice(0, 40)}` });
  },
};

/** Luhn's check digit: catches a mistyped card number before any processor sees it. */
export function luhnValid(number: string): boolean {
  const digits = digitsOf(number);
  if (!/^\d{12,19}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}
