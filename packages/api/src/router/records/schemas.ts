import { z } from "zod";

import { RECORD_TYPES } from "../../records/types";

/** Clinical entry inputs, shared with the chart's forms. Dates may not be in the future. */
const notFuture = (label: string) => (value: Date) =>
  value.getTime() <= Date.now() + 60_000 || `${label} cannot be in the future.`;
const pastDate = (label: string) =>
  z.coerce
    .date(`Enter ${label}.`)
    .refine(
      (v) => notFuture(label)(v) === true,
      `${label[0]?.toUpperCase()}${label.slice(1)} cannot be in the future.`,
    );
const pastLocalDate = (label: string) =>
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, "Use a date like 2026-01-31.")
    .refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)), "That date does not exist.")
    .refine(
      (v) => Date.parse(`${v}T00:00:00Z`) <= Date.now() + 86_400_000,
      `The ${label} cannot be in the future.`,
    );
const text = (max: number, label: string) =>
  z.string().trim().min(1, `Enter ${label}.`).max(max, `Use at most ${max} characters.`);
const patient = { patientId: z.uuid("Unknown patient.") };

export const timelineInput = z.object({
  patientId: z.uuid().optional(),
  types: z.array(z.enum(RECORD_TYPES)).max(RECORD_TYPES.length).optional(),
  from: z.coerce.date().optional(),
  to: z.coerce.date().optional(),
  page: z.number().int().min(1).max(10_000).default(1),
  pageSize: z.number().int().min(1).max(100).default(25),
});

export const problemInput = z.object({
  ...patient,
  icd10Code: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-TV-Z][0-9][0-9AB](\.[0-9A-Z]{1,4})?$/, "Use an ICD-10 code like I10 or E11.9."),
  description: text(200, "the diagnosis"),
  status: z.enum(["active", "resolved", "inactive"]).default("active"),
  onsetDate: pastLocalDate("onset date").optional(),
});

export const prescriptionInput = z.object({
  ...patient,
  medication: text(120, "the medication"),
  dose: text(60, "the dose, like 5 mg"),
  route: z.enum(
    [
      "oral",
      "topical",
      "inhaled",
      "subcutaneous",
      "intramuscular",
      "intravenous",
      "sublingual",
      "rectal",
      "ophthalmic",
      "otic",
      "nasal",
      "transdermal",
    ],
    "Choose a route.",
  ),
  frequency: text(60, "how often, like twice a day"),
  durationDays: z.number().int().min(1, "At least one day.").max(3650).optional(),
  refills: z.number().int().min(0, "Cannot be negative.").max(12, "At most 12 refills.").default(0),
});

export const labInput = z
  .object({
    ...patient,
    testName: text(120, "the test"),
    code: z.string().trim().max(20).optional(),
    valueNumeric: z.number().finite().optional(),
    valueText: z.string().trim().max(200).optional(),
    unit: z.string().trim().max(30).optional(),
    referenceLow: z.number().finite().optional(),
    referenceHigh: z.number().finite().optional(),
    collectedAt: pastDate("the collection time"),
    reportedAt: pastDate("the report time"),
  })
  .superRefine((v, ctx) => {
    if (v.valueNumeric === undefined && !v.valueText)
      ctx.addIssue({ code: "custom", path: ["valueNumeric"], message: "Enter the result." });
    if (v.valueNumeric !== undefined && !v.unit)
      ctx.addIssue({ code: "custom", path: ["unit"], message: "Enter the unit, like mmol/L." });
    if (
      v.referenceLow !== undefined &&
      v.referenceHigh !== undefined &&
      v.referenceLow > v.referenceHigh
    ) {
      ctx.addIssue({
        code: "custom",
        path: ["referenceHigh"],
        message: "The upper limit must not be below the lower one.",
      });
    }
    if (v.reportedAt < v.collectedAt)
      ctx.addIssue({
        code: "custom",
        path: ["reportedAt"],
        message: "A result is reported after it is collected.",
      });
  });

export const allergyInput = z.object({
  ...patient,
  substance: text(120, "the substance"),
  reaction: text(200, "the reaction"),
  severity: z.enum(["mild", "moderate", "severe"], "Choose the severity."),
});

export const immunizationInput = z.object({
  ...patient,
  vaccine: text(120, "the vaccine"),
  administeredOn: pastLocalDate("date given"),
  lot: z.string().trim().max(40).optional(),
});

export const noteDraftInput = z.object({
  ...patient,
  noteId: z.uuid().optional(),
  appointmentId: z.uuid().optional(),
  body: z.string().trim().min(1, "Write the note.").max(20_000, "Use at most 20,000 characters."),
});

export const amendInput = z.object({
  noteId: z.uuid(),
  body: z.string().trim().min(1, "Write the amended note.").max(20_000),
  reason: z.string().trim().min(5, "Say why the note is amended (at least 5 characters).").max(500),
});

export const breakGlassInput = z.object({
  ...patient,
  reason: z.string().trim().min(15, "Describe the emergency (at least 15 characters).").max(500),
  minutes: z.number().int().min(5).max(240).default(60),
});
