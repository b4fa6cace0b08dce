import { restStripeWebhook } from "@resq/api/rest";

import { restContext } from "~/server/rest-context";

export const dynamic = "force-dynamic";

/** Stripe calls this with signed events; it carries no user session (the signature authenticates). */
export async function POST(request: Request) {
  return restStripeWebhook(request, await restContext(request));
}
