import { bigserial, index, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

import { userRole, users } from "./users";

/**
 * What users did that the domain tables cannot tell (a sign-in, a record download, a payment),
 * for usage analytics. Append-only: the app inserts in the same transaction as the act and never
 * updates. Properties hold ids and enums only — never clinical text or personal data.
 */
export const productEvents = pgTable(
  "product_events",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    /** `area.verb`: `session.started`, `record.downloaded`, `payment.succeeded`. */
    kind: text("kind").notNull(),
    userId: uuid("user_id").references(() => users.id),
    /** The user's role when it happened, so figures split by role without a join. */
    role: userRole("role"),
    properties: jsonb("properties").notNull().default({}),
    occurredAt: timestamp("occurred_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("product_events_kind_occurred_idx").on(t.kind, t.occurredAt),
    index("product_events_occurred_idx").on(t.occurredAt),
    index("product_events_user_kind_idx").on(t.userId, t.kind),
  ],
);

export type ProductEvent = typeof productEvents.$inferSelect;
