import { sql } from "drizzle-orm";
import {
  date,
  integer,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uuid,
  boolean,
  index,
} from "drizzle-orm/pg-core";

import { users } from "./users";

export const patientProfiles = pgTable("patient_profiles", {
  userId: uuid("user_id")
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  dateOfBirth: date("date_of_birth"),
  sexAtBirth: text("sex_at_birth"),
  phone: text("phone"),
  addressLine: text("address_line"),
  city: text("city"),
  postalCode: text("postal_code"),
  country: text("country"),
  emergencyContactName: text("emergency_contact_name"),
  emergencyContactPhone: text("emergency_contact_phone"),
  timeZone: text("time_zone"),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

/** draft: filling in the profile; pending: in the admin queue; verified: listed and bookable. */
export const doctorVerificationStatus = pgEnum("doctor_verification_status", [
  "draft",
  "pending",
  "verified",
  "rejected",
]);
export type DoctorVerificationStatus = (typeof doctorVerificationStatus.enumValues)[number];

export const doctorProfiles = pgTable(
  "doctor_profiles",
  {
    userId: uuid("user_id")
      .primaryKey()
      .references(() => users.id, { onDelete: "cascade" }),
    displayName: text("display_name").notNull(),
    specialty: text("specialty"),
    subSpecialties: text("sub_specialties").array().notNull().default([]),
    bio: text("bio"),
    languages: text("languages").array().notNull().default([]),
    yearsOfPractice: integer("years_of_practice"),
    education: text("education"),
    licenceNumber: text("licence_number"),
    licenceAuthority: text("licence_authority"),
    licenceExpiresOn: date("licence_expires_on"),
    acceptingNewPatients: boolean("accepting_new_patients").notNull().default(true),
    verificationStatus: doctorVerificationStatus("verification_status").notNull().default("draft"),
    submittedAt: timestamp("submitted_at", { withTimezone: true }),
    verificationDecidedAt: timestamp("verification_decided_at", { withTimezone: true }),
    verificationDecidedBy: uuid("verification_decided_by"),
    /** The admin's reason when rejecting (shown to the doctor). */
    verificationNote: text("verification_note"),
    /** Onboarding steps the doctor has completed, so the wizard can resume where they left. */
    onboardingSteps: text("onboarding_steps").array().notNull().default([]),
    // Booking policy (minutes unless named otherwise).
    bufferBeforeMinutes: integer("buffer_before_minutes").notNull().default(0),
    bufferAfterMinutes: integer("buffer_after_minutes").notNull().default(0),
    minimumNoticeMinutes: integer("minimum_notice_minutes").notNull().default(120),
    bookingHorizonDays: integer("booking_horizon_days").notNull().default(60),
    maxAppointmentsPerDay: integer("max_appointments_per_day"),
    cancellationWindowHours: integer("cancellation_window_hours").notNull().default(24),
    /** Fees under the practice's policy, in minor units of the services' currency (0 = none). */
    lateCancellationFeeMinor: integer("late_cancellation_fee_minor").notNull().default(0),
    noShowFeeMinor: integer("no_show_fee_minor").notNull().default(0),
    /** Name, specialty, sub-specialties and conditions treated, for typo-tolerant search (pg_trgm). */
    searchDocument: text("search_document").notNull().default(""),
    /** Denormalised soonest free slot, refreshed by a job when the schedule changes. */
    nextAvailableAt: timestamp("next_available_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("doctor_profiles_verification_idx").on(t.verificationStatus),
    index("doctor_profiles_specialty_idx").on(t.specialty),
    index("doctor_profiles_next_available_idx").on(t.nextAvailableAt),
    index("doctor_profiles_search_trgm_idx").using("gin", sql`${t.searchDocument} gin_trgm_ops`),
    index("doctor_profiles_languages_idx").using("gin", t.languages),
  ],
);

export type PatientProfile = typeof patientProfiles.$inferSelect;
export type DoctorProfile = typeof doctorProfiles.$inferSelect;
