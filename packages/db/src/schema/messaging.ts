import { sql } from "drizzle-orm";
import {
  bigserial,
  customType,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";

import { appointments } from "./practice";
import { users } from "./users";

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => "bytea",
  fromDriver: (value) => Buffer.from(value),
});

/**
 * A conversation between a patient and a doctor who share a care relationship. Each side has its
 * own read marker (for unread counts and read receipts) and its own archive flag.
 */
export const conversations = pgTable(
  "conversations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    patientId: uuid("patient_id")
      .notNull()
      .references(() => users.id),
    doctorId: uuid("doctor_id")
      .notNull()
      .references(() => users.id),
    subject: text("subject").notNull(),
    appointmentId: uuid("appointment_id").references(() => appointments.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    lastMessageAt: timestamp("last_message_at", { withTimezone: true }).notNull().defaultNow(),
    patientLastReadAt: timestamp("patient_last_read_at", { withTimezone: true }),
    doctorLastReadAt: timestamp("doctor_last_read_at", { withTimezone: true }),
    patientArchivedAt: timestamp("patient_archived_at", { withTimezone: true }),
    doctorArchivedAt: timestamp("doctor_archived_at", { withTimezone: true }),
  },
  (t) => [
    index("conversations_patient_idx").on(t.patientId, t.lastMessageAt),
    index("conversations_doctor_idx").on(t.doctorId, t.lastMessageAt),
  ],
);

/** Messages are clinical data: every read and write is audited; email never carries their text. */
export const messages = pgTable(
  "messages",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    conversationId: uuid("conversation_id")
      .notNull()
      .references(() => conversations.id, { onDelete: "cascade" }),
    senderId: uuid("sender_id")
      .notNull()
      .references(() => users.id),
    body: text("body").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("messages_conversation_idx").on(t.conversationId, t.createdAt),
    index("messages_body_trgm_idx").using("gin", sql`${t.body} gin_trgm_ops`),
  ],
);

/** Files attached to messages, kept in the database so every app instance can serve them. */
export const messageAttachments = pgTable(
  "message_attachments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    messageId: uuid("message_id")
      .notNull()
      .references(() => messages.id, { onDelete: "cascade" }),
    filename: text("filename").notNull(),
    /** Detected from the file's content, not taken from its name or the browser's claim. */
    contentType: text("content_type").notNull(),
    sizeBytes: integer("size_bytes").notNull(),
    data: bytea("data").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("message_attachments_message_idx").on(t.messageId)],
);

/** When a user was last emailed about new messages, so a burst of messages gives one email. */
export const messageDigests = pgTable("message_digests", {
  userId: uuid("user_id")
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  lastSentAt: timestamp("last_sent_at", { withTimezone: true }).notNull(),
});

/**
 * What happened to a user, in order (new message, read receipt, notification): the real-time stream
 * replays from here after a reconnect, so nothing is missed or shown twice. Ids only, never text.
 */
export const userEvents = pgTable(
  "user_events",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: text("kind").notNull(),
    payload: jsonb("payload").notNull().default({}),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("user_events_user_idx").on(t.userId, t.id)],
);
