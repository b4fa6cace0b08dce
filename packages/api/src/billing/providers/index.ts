import type { PaymentProviderName } from "@resq/db/schema";

import { readApiEnv } from "../../env";
import { AppError } from "../../trpc";
import { demoProvider } from "./demo";
import { stripeProvider } from "./stripe";
import type { PaymentProvider } from "./types";

export type { CardDetails, PaymentProvider, StartPaymentResult } from "./types";
export { DEMO_CARDS, demoProvider, luhnValid } from "./demo";

/** The processor new payments use: Stripe when its key is set, otherwise the demo processor. */
export function activeProvider(): PaymentProvider {
  const { STRIPE_SECRET_KEY } = readApiEnv();
  return STRIPE_SECRET_KEY ? stripeProvider(STRIPE_SECRET_KEY) : demoProvider;
}

/** The processor that took an earlier payment (for its refund). */
export function providerNamed(name: PaymentProviderName): PaymentProvider {
  if (name === "demo") return demoProvider;
  const { STRIPE_SECRET_KEY } = readApiEnv();
  if (!STRIPE_SECRET_KEY)
    throw new AppError(
      "CONFLICT",
      "PROVIDER_NOT_CONFIGURED",
      "This payment was taken by Stripe, which is not configured now.",
    );
  return stripeProvider(STRIPE_SECRET_KEY);
}
