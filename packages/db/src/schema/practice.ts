import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  date,
  index,
  integer,
  pgEnum,
  pgTable,
  smallint,
  text,
  time,
  timestamp,
  uuid,
  uniqueIndex,
  primaryKey,
} from "drizzle-orm/pg-core";

import { users } from "./users";

/** Where a doctor practises. One practice per doctor; its time zone defines their availability. */
export const practices = pgTable(
  "practices",
  {
    doctorId: uuid("doctor_id")
      .primaryKey()
      .references(() => users.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    addressLine: text("address_line").notNull(),
    city: text("city").notNull(),
    postalCode: text("postal_code"),
    country: text("country").notNull().default("US"),
    phone: text("phone"),
    /** IANA zone, e.g. America/New_York: weekly hours are wall-clock times in this zone. */
    timeZone: text("time_zone").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("practices_city_idx").on(sql`lower(${t.city})`)],
);

/** What a doctor offers: a named visit type with a duration and a price in minor units. */
export const services = pgTable(
  "services",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    doctorId: uuid("doctor_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    description: text("description"),
    durationMinutes: integer("duration_minutes").notNull(),
    priceMinor: integer("price_minor").notNull(),
    currency: text("currency").notNull().default("USD"),
    active: boolean("active").notNull().default(true),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("services_doctor_idx").on(t.doctorId),
    check("services_duration_check", sql`${t.durationMinutes} between 5 and 480`),
    check("services_price_check", sql`${t.priceMinor} >= 0`),
  ],
);

/** Weekly working hours, wall-clock in the practice's time zone (0 = Sunday). */
export const availabilityRules = pgTable(
  "availability_rules",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    doctorId: uuid("doctor_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    weekday: smallint("weekday").notNull(),
    startTime: time("start_time").notNull(),
    endTime: time("end_time").notNull(),
  },
  (t) => [
    index("availability_rules_doctor_idx").on(t.doctorId),
    check("availability_rules_weekday_check", sql`${t.weekday} between 0 and 6`),
    check("availability_rules_order_check", sql`${t.startTime} < ${t.endTime}`),
  ],
);

export const availabilityOverrideKind = pgEnum("availability_override_kind", [
  "time_off",
  "extra_hours",
]);

/** Date-specific changes: time off (whole day when no times) or extra hours. */
export const availabilityOverrides = pgTable(
  "availability_overrides",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    doctorId: uuid("doctor_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    date: date("date").notNull(),
    kind: availabilityOverrideKind("kind").notNull(),
    startTime: time("start_time"),
    endTime: time("end_time"),
    note: text("note"),
  },
  (t) => [
    index("availability_overrides_doctor_date_idx").on(t.doctorId, t.date),
    check(
      "availability_overrides_times_check",
      sql`(${t.startTime} is null and ${t.endTime} is null and ${t.kind} = 'time_off') or (${t.startTime} < ${t.endTime})`,
    ),
  ],
);

/** `held`: a freed slot reserved for a waitlisted patient until `holdExpiresAt` (it blocks like a booking). */
export const appointmentStatus = pgEnum("appointment_status", [
  "booked",
  "completed",
  "cancelled",
  "no_show",
  "held",
]);
export type AppointmentStatus = (typeof appointmentStatus.enumValues)[number];

/**
 * Appointments. Double booking is impossible by construction: an exclusion constraint (migration
 * 0005) refuses two non-cancelled appointments of one doctor whose times overlap (invariant 1).
 */
export const appointments = pgTable(
  "appointments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    doctorId: uuid("doctor_id")
      .notNull()
      .references(() => users.id),
    patientId: uuid("patient_id")
      .notNull()
      .references(() => users.id),
    serviceId: uuid("service_id").references(() => services.id),
    startsAt: timestamp("starts_at", { withTimezone: true }).notNull(),
    endsAt: timestamp("ends_at", { withTimezone: true }).notNull(),
    status: appointmentStatus("status").notNull().default("booked"),
    reason: text("reason"),
    /** The client's id for this booking attempt: a retried request books once (idempotency). */
    clientRequestId: text("client_request_id"),
    cancelledAt: timestamp("cancelled_at", { withTimezone: true }),
    cancelledBy: uuid("cancelled_by"),
    cancellationReason: text("cancellation_reason"),
    /** Cancelled by the patient inside the doctor's cancellation window. */
    lateCancellation: boolean("late_cancellation").notNull().default(false),
    /** The fee that applies under the doctor's policy (billing charges it), in minor units. */
    feeMinor: integer("fee_minor"),
    /** Set on the cancelled original when an appointment was moved. */
    rescheduledToId: uuid("rescheduled_to_id"),
    completedAt: timestamp("completed_at", { withTimezone: true }),
    holdExpiresAt: timestamp("hold_expires_at", { withTimezone: true }),
    waitlistEntryId: uuid("waitlist_entry_id"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("appointments_doctor_starts_idx").on(t.doctorId, t.startsAt),
    index("appointments_patient_starts_idx").on(t.patientId, t.startsAt),
    // The slot engine's busy-time read (live appointments ending after a time): it touches only
    // what is still to come, however long the doctor's history grows (docs/performance.md).
    index("appointments_doctor_live_ends_idx")
      .on(t.doctorId, t.endsAt)
      .where(sql`${t.status} <> 'cancelled'`),
    uniqueIndex("appointments_client_request_key").on(t.patientId, t.clientRequestId),
    check("appointments_order_check", sql`${t.startsAt} < ${t.endsAt}`),
  ],
);

/** In-app notifications (the bell): one row per thing that happened to a user. */
export const notifications = pgTable(
  "notifications",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: text("kind").notNull(),
    title: text("title").notNull(),
    body: text("body"),
    link: text("link"),
    readAt: timestamp("read_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("notifications_user_idx").on(t.userId, t.createdAt)],
);

/**
 * Reminders sent, one row per appointment and kind ("24h", "2h"): written in the same transaction
 * as the reminder email, so a retried job never sends one twice.
 */
export const appointmentReminders = pgTable(
  "appointment_reminders",
  {
    appointmentId: uuid("appointment_id")
      .notNull()
      .references(() => appointments.id, { onDelete: "cascade" }),
    kind: text("kind").notNull(),
    sentAt: timestamp("sent_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.appointmentId, t.kind] })],
);

export const waitlistStatus = pgEnum("waitlist_status", [
  "waiting",
  "offered",
  "booked",
  "left",
  "expired",
]);

/** A patient waiting for a free time with a doctor between two dates (of the practice's calendar). */
export const waitlistEntries = pgTable(
  "waitlist_entries",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    doctorId: uuid("doctor_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    patientId: uuid("patient_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    serviceId: uuid("service_id")
      .notNull()
      .references(() => services.id),
    fromDate: date("from_date").notNull(),
    toDate: date("to_date").notNull(),
    status: waitlistStatus("status").notNull().default("waiting"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("waitlist_doctor_status_idx").on(t.doctorId, t.status, t.createdAt),
    index("waitlist_patient_idx").on(t.patientId),
    check("waitlist_range_check", sql`${t.fromDate} <= ${t.toDate}`),
  ],
);

/** A private, revocable iCalendar subscription: the URL's token is stored hashed. */
export const calendarFeeds = pgTable("calendar_feeds", {
  userId: uuid("user_id")
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  tokenHash: text("token_hash").notNull().unique(),
  /** Whether events carry the reason for the visit (the user's choice; off by default). */
  includeDetails: boolean("include_details").notNull().default(false),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});
