import { bigserial, index, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

/**
 * The audit trail (design invariant 3): append-only and hash-chained. The `seq` and both hashes are
 * set by the database itself (trigger `audit_events_chain`), under a lock, so every writer extends
 * one chain; another trigger refuses UPDATE, DELETE and TRUNCATE. `pnpm audit:verify` recomputes the
 * chain and names the first broken link.
 *
 * Never put secrets, codes, passwords or clinical text in `details`.
 */
export const auditEvents = pgTable(
  "audit_events",
  {
    seq: bigserial("seq", { mode: "number" }).primaryKey(),
    occurredAt: timestamp("occurred_at", { withTimezone: true }).notNull().defaultNow(),
    /** Who acted; null for an anonymous attempt (e.g. a failed sign-in for an unknown email). */
    actorId: uuid("actor_id"),
    actorRole: text("actor_role"),
    /** What happened, as `area.verb`, e.g. `auth.sign_in`, `record.read`. */
    action: text("action").notNull(),
    outcome: text("outcome").notNull().default("success"),
    /** The patient whose data was touched, when any. */
    patientId: uuid("patient_id"),
    /** The account acted upon (admin actions, sign-in attempts). */
    subjectUserId: uuid("subject_user_id"),
    recordType: text("record_type"),
    recordId: text("record_id"),
    ip: text("ip"),
    userAgent: text("user_agent"),
    details: jsonb("details").notNull().default({}),
    prevHash: text("prev_hash").notNull().default(""),
    hash: text("hash").notNull().default(""),
  },
  (t) => [
    index("audit_events_actor_idx").on(t.actorId, t.occurredAt),
    index("audit_events_patient_idx").on(t.patientId, t.occurredAt),
    index("audit_events_subject_idx").on(t.subjectUserId, t.occurredAt),
    index("audit_events_action_idx").on(t.action, t.occurredAt),
    index("audit_events_occurred_idx").on(t.occurredAt),
  ],
);

export type AuditEvent = typeof auditEvents.$inferSelect;
