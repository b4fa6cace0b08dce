import type { Database } from "@resq/db/client";
import { productEvents, type UserRole } from "@resq/db/schema";

/**
 * What the app records for usage analytics beyond the domain tables. Billing records
 * `payment.succeeded` when a card payment is booked (`billing/ledger.ts`); the "online payments"
 * adoption figure counts it.
 */
export type ProductEventKind = "session.started" | "record.downloaded" | "payment.succeeded";

/**
 * Appends a product event. Call with the transaction of the act, so an event exists only for what
 * really happened. Properties: ids and enums only, never clinical text or personal data.
 */
export async function recordProductEvent(
  db: Database,
  event: {
    kind: ProductEventKind;
    userId: string;
    role: UserRole;
    properties?: Record<string, string | number | boolean>;
  },
): Promise<void> {
  await db.insert(productEvents).values({
    kind: event.kind,
    userId: event.userId,
    role: event.role,
    properties: event.properties ?? {},
  });
}
