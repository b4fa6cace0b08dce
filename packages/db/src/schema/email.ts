import { index, integer, jsonb, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

export const emailStatus = pgEnum("email_status", ["queued", "sent", "failed"]);

/**
 * Every email RESQ sends, written in the same transaction as the act that causes it (so an email is
 * never sent for something that rolled back). A background job delivers it through Resend; without
 * a Resend key the outbox is the mailbox that admins read, so the demo works offline.
 */
export const emailOutbox = pgTable(
  "email_outbox",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    toAddress: text("to_address").notNull(),
    subject: text("subject").notNull(),
    textBody: text("text_body").notNull(),
    htmlBody: text("html_body"),
    /** Files to attach, e.g. an .ics invitation: [{ filename, contentType, content }] (text content). */
    attachments: jsonb("attachments").notNull().default([]),
    /** A template name such as `verify-email`, for filtering the mailbox. */
    kind: text("kind").notNull(),
    status: emailStatus("status").notNull().default("queued"),
    attempts: integer("attempts").notNull().default(0),
    provider: text("provider"),
    providerMessageId: text("provider_message_id"),
    lastError: text("last_error"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp("sent_at", { withTimezone: true }),
  },
  (t) => [
    index("email_outbox_status_idx").on(t.status, t.createdAt),
    index("email_outbox_to_idx").on(t.toAddress),
  ],
);
