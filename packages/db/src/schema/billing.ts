import { sql } from "drizzle-orm";
import {
  check,
  date,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";

import { appointments, practices } from "./practice";
import { users } from "./users";

/** draft → open → paid, or void (a mistake or a waived charge) from draft or open. */
export const invoiceStatus = pgEnum("invoice_status", ["draft", "open", "paid", "void"]);
export type InvoiceStatus = (typeof invoiceStatus.enumValues)[number];

/** Why an invoice exists: a completed visit, a fee under the doctor's policy, or by hand. */
export const invoiceKind = pgEnum("invoice_kind", [
  "visit",
  "late_cancellation",
  "no_show",
  "manual",
]);
export type InvoiceKind = (typeof invoiceKind.enumValues)[number];

/**
 * The last invoice number given per practice and year. Allocating a number is an upsert that
 * increments this row inside the invoice's transaction, so concurrent invoices wait on the row
 * lock and get distinct, consecutive numbers (a rolled-back invoice also rolls back its number).
 */
export const invoiceCounters = pgTable(
  "invoice_counters",
  {
    practiceId: uuid("practice_id")
      .notNull()
      .references(() => practices.doctorId, { onDelete: "cascade" }),
    year: integer("year").notNull(),
    lastNumber: integer("last_number").notNull(),
  },
  (t) => [primaryKey({ columns: [t.practiceId, t.year] })],
);

/**
 * An invoice of a practice to a patient. Money is in integer minor units of `currency`.
 * `paidMinor` and `refundedMinor` are the sums of the ledger's rows, kept on the invoice so that
 * every money movement checks them under the invoice's row lock; the checks below hold always.
 */
export const invoices = pgTable(
  "invoices",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    practiceId: uuid("practice_id")
      .notNull()
      .references(() => practices.doctorId),
    patientId: uuid("patient_id")
      .notNull()
      .references(() => users.id),
    appointmentId: uuid("appointment_id").references(() => appointments.id),
    kind: invoiceKind("kind").notNull(),
    /** e.g. INV-2026-00042: unique per practice, sequential per practice and year. */
    number: text("number").notNull(),
    year: integer("year").notNull(),
    sequence: integer("sequence").notNull(),
    status: invoiceStatus("status").notNull().default("draft"),
    currency: text("currency").notNull(),
    totalMinor: integer("total_minor").notNull(),
    paidMinor: integer("paid_minor").notNull().default(0),
    refundedMinor: integer("refunded_minor").notNull().default(0),
    dueDate: date("due_date").notNull(),
    notes: text("notes"),
    issuedAt: timestamp("issued_at", { withTimezone: true }),
    paidAt: timestamp("paid_at", { withTimezone: true }),
    voidedAt: timestamp("voided_at", { withTimezone: true }),
    voidReason: text("void_reason"),
    createdBy: uuid("created_by").references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("invoices_practice_number_key").on(t.practiceId, t.number),
    uniqueIndex("invoices_practice_year_sequence_key").on(t.practiceId, t.year, t.sequence),
    // One invoice per appointment and reason: a retried completion never bills twice.
    uniqueIndex("invoices_appointment_kind_key")
      .on(t.appointmentId, t.kind)
      .where(sql`${t.appointmentId} is not null`),
    index("invoices_patient_idx").on(t.patientId, t.createdAt),
    index("invoices_practice_status_idx").on(t.practiceId, t.status, t.createdAt),
    check("invoices_currency_check", sql`${t.currency} ~ '^[A-Z]{3}$'`),
    check("invoices_total_check", sql`${t.totalMinor} >= 0`),
    check(
      "invoices_money_check",
      sql`${t.paidMinor} >= 0 and ${t.refundedMinor} >= 0 and ${t.refundedMinor} <= ${t.paidMinor} and ${t.paidMinor} - ${t.refundedMinor} <= ${t.totalMinor}`,
    ),
  ],
);

export const invoiceLineItems = pgTable(
  "invoice_line_items",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    invoiceId: uuid("invoice_id")
      .notNull()
      .references(() => invoices.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    description: text("description").notNull(),
    quantity: integer("quantity").notNull(),
    unitPriceMinor: integer("unit_price_minor").notNull(),
    amountMinor: integer("amount_minor").notNull(),
  },
  (t) => [
    index("invoice_line_items_invoice_idx").on(t.invoiceId, t.position),
    check("invoice_line_items_quantity_check", sql`${t.quantity} > 0`),
    check("invoice_line_items_price_check", sql`${t.unitPriceMinor} >= 0`),
    check(
      "invoice_line_items_amount_check",
      sql`${t.amountMinor} = ${t.quantity} * ${t.unitPriceMinor}`,
    ),
  ],
);

export const paymentProvider = pgEnum("payment_provider", ["demo", "stripe"]);
export type PaymentProviderName = (typeof paymentProvider.enumValues)[number];

export const paymentAttemptStatus = pgEnum("payment_attempt_status", [
  "pending",
  "requires_action",
  "succeeded",
  "failed",
  "cancelled",
]);
export type PaymentAttemptStatus = (typeof paymentAttemptStatus.enumValues)[number];

/**
 * One try to pay an invoice online. The client's idempotency key is unique: a retried request
 * finds its attempt and gets the same answer instead of charging again.
 */
export const paymentAttempts = pgTable(
  "payment_attempts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    invoiceId: uuid("invoice_id")
      .notNull()
      .references(() => invoices.id),
    payerId: uuid("payer_id")
      .notNull()
      .references(() => users.id),
    idempotencyKey: text("idempotency_key").notNull().unique(),
    provider: paymentProvider("provider").notNull(),
    /** The provider's id: a Checkout Session (Stripe) or the demo processor's charge id. */
    providerReference: text("provider_reference").unique(),
    /** The provider's payment id once paid (Stripe: the PaymentIntent), used for refunds. */
    providerPaymentId: text("provider_payment_id"),
    amountMinor: integer("amount_minor").notNull(),
    currency: text("currency").notNull(),
    status: paymentAttemptStatus("status").notNull().default("pending"),
    cardLast4: text("card_last4"),
    failureCode: text("failure_code"),
    failureMessage: text("failure_message"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("payment_attempts_invoice_idx").on(t.invoiceId),
    check("payment_attempts_amount_check", sql`${t.amountMinor} > 0`),
  ],
);

export const ledgerEntryKind = pgEnum("ledger_entry_kind", [
  "payment",
  "offline_payment",
  "refund",
]);
export type LedgerEntryKind = (typeof ledgerEntryKind.enumValues)[number];

export const paymentMethod = pgEnum("payment_method", [
  "card",
  "cash",
  "card_terminal",
  "insurance",
]);
export type PaymentMethod = (typeof paymentMethod.enumValues)[number];

/**
 * Every movement of money, append-only (a trigger in migration 0013 refuses UPDATE and DELETE).
 * Amounts are positive; `kind` says the direction. A refund names the payment it returns.
 */
export const ledgerEntries = pgTable(
  "ledger_entries",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    invoiceId: uuid("invoice_id")
      .notNull()
      .references(() => invoices.id),
    kind: ledgerEntryKind("kind").notNull(),
    method: paymentMethod("method").notNull(),
    amountMinor: integer("amount_minor").notNull(),
    currency: text("currency").notNull(),
    paymentAttemptId: uuid("payment_attempt_id").references(() => paymentAttempts.id),
    refundOfId: uuid("refund_of_id"),
    /** A receipt or claim number for offline payments; the provider's refund id for refunds. */
    reference: text("reference"),
    reason: text("reason"),
    recordedBy: uuid("recorded_by").references(() => users.id),
    occurredAt: timestamp("occurred_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("ledger_entries_invoice_idx").on(t.invoiceId, t.occurredAt),
    // A payment attempt is booked into the ledger once, whatever retries or webhooks do.
    uniqueIndex("ledger_entries_attempt_key")
      .on(t.paymentAttemptId)
      .where(sql`${t.kind} = 'payment'`),
    check("ledger_entries_amount_check", sql`${t.amountMinor} > 0`),
    check(
      "ledger_entries_refund_check",
      sql`(${t.kind} = 'refund') = (${t.refundOfId} is not null)`,
    ),
  ],
);

/** Provider events already handled: inserting the id in the effect's transaction makes it once-only. */
export const processedWebhookEvents = pgTable(
  "processed_webhook_events",
  {
    provider: paymentProvider("provider").notNull(),
    eventId: text("event_id").notNull(),
    type: text("type").notNull(),
    processedAt: timestamp("processed_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.provider, t.eventId] })],
);
