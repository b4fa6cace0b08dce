import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  date,
  index,
  integer,
  numeric,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";

import { appointments } from "./practice";
import { users } from "./users";

/**
 * The medical record: typed tables per kind of entry (not one JSON blob), so entries can be queried,
 * summarised and exported (PDF, FHIR R4). Every read and write is audited (invariant 3).
 */

/** A visit (or other contact) in which care was given; tied to an appointment when there is one. */
export const encounters = pgTable(
  "encounters",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    patientId: uuid("patient_id")
      .notNull()
      .references(() => users.id),
    doctorId: uuid("doctor_id")
      .notNull()
      .references(() => users.id),
    appointmentId: uuid("appointment_id").references(() => appointments.id),
    occurredAt: timestamp("occurred_at", { withTimezone: true }).notNull(),
    title: text("title").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("encounters_patient_idx").on(t.patientId, t.occurredAt)],
);

export const noteStatus = pgEnum("note_status", ["draft", "signed"]);

/**
 * Treatment notes. The body is encrypted at rest (AES-256-GCM, invariant 5). A signed note is never
 * changed or deleted (a trigger refuses it): an amendment is a new signed version that points at the
 * one it amends, with a reason; both stay visible.
 */
export const treatmentNotes = pgTable(
  "treatment_notes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    patientId: uuid("patient_id")
      .notNull()
      .references(() => users.id),
    doctorId: uuid("doctor_id")
      .notNull()
      .references(() => users.id),
    appointmentId: uuid("appointment_id").references(() => appointments.id),
    encounterId: uuid("encounter_id").references(() => encounters.id),
    version: integer("version").notNull().default(1),
    amendsNoteId: uuid("amends_note_id"),
    amendmentReason: text("amendment_reason"),
    status: noteStatus("status").notNull().default("draft"),
    bodyCiphertext: text("body_ciphertext").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    signedAt: timestamp("signed_at", { withTimezone: true }),
  },
  (t) => [
    index("treatment_notes_patient_idx").on(t.patientId, t.createdAt),
    index("treatment_notes_doctor_idx").on(t.doctorId, t.status),
  ],
);

export const problemStatus = pgEnum("problem_status", ["active", "resolved", "inactive"]);

/** Problems and diagnoses, coded with ICD-10. */
export const problems = pgTable(
  "problems",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    patientId: uuid("patient_id")
      .notNull()
      .references(() => users.id),
    recordedById: uuid("recorded_by_id")
      .notNull()
      .references(() => users.id),
    icd10Code: text("icd10_code").notNull(),
    description: text("description").notNull(),
    status: problemStatus("status").notNull().default("active"),
    onsetDate: date("onset_date"),
    recordedAt: timestamp("recorded_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("problems_patient_idx").on(t.patientId, t.recordedAt)],
);

export const prescriptionStatus = pgEnum("prescription_status", ["active", "completed", "stopped"]);

export const prescriptions = pgTable(
  "prescriptions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    patientId: uuid("patient_id")
      .notNull()
      .references(() => users.id),
    prescriberId: uuid("prescriber_id")
      .notNull()
      .references(() => users.id),
    medication: text("medication").notNull(),
    dose: text("dose").notNull(),
    route: text("route").notNull(),
    frequency: text("frequency").notNull(),
    durationDays: integer("duration_days"),
    refills: integer("refills").notNull().default(0),
    status: prescriptionStatus("status").notNull().default("active"),
    prescribedAt: timestamp("prescribed_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("prescriptions_patient_idx").on(t.patientId, t.prescribedAt),
    check("prescriptions_refills_check", sql`${t.refills} >= 0`),
  ],
);

export const labResults = pgTable(
  "lab_results",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    patientId: uuid("patient_id")
      .notNull()
      .references(() => users.id),
    recordedById: uuid("recorded_by_id")
      .notNull()
      .references(() => users.id),
    testName: text("test_name").notNull(),
    /** LOINC code when known. */
    code: text("code"),
    valueNumeric: numeric("value_numeric"),
    valueText: text("value_text"),
    unit: text("unit"),
    referenceLow: numeric("reference_low"),
    referenceHigh: numeric("reference_high"),
    abnormal: boolean("abnormal").notNull().default(false),
    collectedAt: timestamp("collected_at", { withTimezone: true }).notNull(),
    reportedAt: timestamp("reported_at", { withTimezone: true }).notNull(),
  },
  (t) => [index("lab_results_patient_idx").on(t.patientId, t.collectedAt)],
);

export const allergySeverity = pgEnum("allergy_severity", ["mild", "moderate", "severe"]);

export const allergies = pgTable(
  "allergies",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    patientId: uuid("patient_id")
      .notNull()
      .references(() => users.id),
    recordedById: uuid("recorded_by_id")
      .notNull()
      .references(() => users.id),
    substance: text("substance").notNull(),
    reaction: text("reaction").notNull(),
    severity: allergySeverity("severity").notNull(),
    recordedAt: timestamp("recorded_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("allergies_patient_idx").on(t.patientId)],
);

export const immunizations = pgTable(
  "immunizations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    patientId: uuid("patient_id")
      .notNull()
      .references(() => users.id),
    recordedById: uuid("recorded_by_id")
      .notNull()
      .references(() => users.id),
    vaccine: text("vaccine").notNull(),
    administeredOn: date("administered_on").notNull(),
    lot: text("lot"),
    recordedAt: timestamp("recorded_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("immunizations_patient_idx").on(t.patientId, t.administeredOn)],
);

/**
 * Emergency ("break-glass") access to a chart without a care relationship: reasoned, time-limited,
 * announced to the patient and the admins, and flagged on every access made under it.
 */
export const breakGlassGrants = pgTable(
  "break_glass_grants",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id),
    patientId: uuid("patient_id")
      .notNull()
      .references(() => users.id),
    reason: text("reason").notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("break_glass_user_patient_idx").on(t.userId, t.patientId, t.expiresAt)],
);
