import {
  customType,
  index,
  integer,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";

import { userRole, users } from "./users";

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => "bytea",
  fromDriver: (value) => Buffer.from(value),
});

export const supportCategory = pgEnum("support_category", [
  "account",
  "appointments",
  "records",
  "messages",
  "billing",
  "technical",
  "other",
]);
export type SupportCategory = (typeof supportCategory.enumValues)[number];

/** open: waiting for support; answered: waiting for the user; closed: done (either may reopen). */
export const supportStatus = pgEnum("support_status", ["open", "answered", "closed"]);
export type SupportStatus = (typeof supportStatus.enumValues)[number];

/** A request for help from a patient or doctor, answered by admins. */
export const supportTickets = pgTable(
  "support_tickets",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    requesterId: uuid("requester_id")
      .notNull()
      .references(() => users.id),
    requesterRole: userRole("requester_role").notNull(),
    category: supportCategory("category").notNull(),
    subject: text("subject").notNull(),
    status: supportStatus("status").notNull().default("open"),
    /** The admin who looks after it; null = nobody yet. */
    assigneeId: uuid("assignee_id").references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    lastActivityAt: timestamp("last_activity_at", { withTimezone: true }).notNull().defaultNow(),
    /** When an admin first answered: time to first answer, for analytics. */
    firstAnsweredAt: timestamp("first_answered_at", { withTimezone: true }),
    closedAt: timestamp("closed_at", { withTimezone: true }),
  },
  (t) => [
    index("support_tickets_requester_idx").on(t.requesterId, t.createdAt),
    index("support_tickets_status_idx").on(t.status, t.createdAt),
    index("support_tickets_assignee_idx").on(t.assigneeId, t.status),
    index("support_tickets_created_idx").on(t.createdAt),
  ],
);

/** The conversation of a ticket: the requester's and admins' messages, oldest first. */
export const supportMessages = pgTable(
  "support_messages",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    ticketId: uuid("ticket_id")
      .notNull()
      .references(() => supportTickets.id, { onDelete: "cascade" }),
    authorId: uuid("author_id")
      .notNull()
      .references(() => users.id),
    authorRole: userRole("author_role").notNull(),
    body: text("body").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("support_messages_ticket_idx").on(t.ticketId, t.createdAt)],
);

/** Files attached to support messages, kept in the database like message attachments. */
export const supportAttachments = pgTable(
  "support_attachments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    messageId: uuid("message_id")
      .notNull()
      .references(() => supportMessages.id, { onDelete: "cascade" }),
    filename: text("filename").notNull(),
    /** Detected from the file's content, not taken from its name or the browser's claim. */
    contentType: text("content_type").notNull(),
    sizeBytes: integer("size_bytes").notNull(),
    data: bytea("data").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("support_attachments_message_idx").on(t.messageId)],
);
