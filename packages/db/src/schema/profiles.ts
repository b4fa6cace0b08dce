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
    verificationDecidedAt: timestamp("verification_decided_at", { withTimezone: true }),
    verificationNote: text("verification_note"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("doctor_profiles_verification_idx").on(t.verificationStatus),
    index("doctor_profiles_specialty_idx").on(t.specialty),
  ],
);

export type PatientProfile = typeof patientProfiles.$inferSelect;
export type DoctorProfile = typeof doctorProfiles.$inferSelect;
