import type { ScaleContext } from "./context";
import type { BulkWriter } from "./copy-writer";
import { createRandom, type Random } from "./prng";

const PROBLEMS = [
  ["I10", "Essential hypertension"],
  ["E11.9", "Type 2 diabetes mellitus without complications"],
  ["J45.909", "Asthma, uncomplicated"],
  ["M54.5", "Low back pain"],
  ["F41.1", "Generalized anxiety disorder"],
  ["E78.5", "Hyperlipidemia"],
  ["K21.9", "Gastro-oesophageal reflux disease"],
  ["L20.9", "Atopic dermatitis"],
  ["G43.909", "Migraine"],
  ["E03.9", "Hypothyroidism"],
] as const;
const MEDICATIONS = [
  ["Lisinopril", "10 mg"],
  ["Metformin", "500 mg"],
  ["Atorvastatin", "20 mg"],
  ["Levothyroxine", "50 mcg"],
  ["Omeprazole", "20 mg"],
  ["Amlodipine", "5 mg"],
  ["Sertraline", "50 mg"],
  ["Albuterol", "90 mcg/puff"],
  ["Ibuprofen", "400 mg"],
  ["Amoxicillin", "500 mg"],
] as const;
const LABS = [
  { name: "Hemoglobin A1c", code: "4548-4", unit: "%", low: 4, high: 5.6 },
  { name: "LDL cholesterol", code: "13457-7", unit: "mg/dL", low: 0, high: 100 },
  { name: "TSH", code: "3016-3", unit: "mIU/L", low: 0.4, high: 4 },
  { name: "Hemoglobin", code: "718-7", unit: "g/dL", low: 12, high: 17.5 },
  { name: "Creatinine", code: "2160-0", unit: "mg/dL", low: 0.6, high: 1.3 },
  { name: "Glucose", code: "2345-7", unit: "mg/dL", low: 70, high: 99 },
] as const;
const ALLERGIES = [
  ["Penicillin", "Hives"],
  ["Peanuts", "Swelling of the lips"],
  ["Latex", "Rash"],
  ["Sulfonamides", "Rash"],
  ["Shellfish", "Anaphylaxis"],
  ["Pollen", "Sneezing"],
] as const;
const VACCINES = [
  "Influenza",
  "Tetanus, diphtheria, pertussis",
  "COVID-19",
  "Hepatitis B",
  "Pneumococcal",
  "Shingles",
];

/** How the clinical records divide over the chart's tables (sums to 1). */
export const RECORD_SHARES = {
  encounters: 0.25,
  lab_results: 0.3,
  prescriptions: 0.15,
  problems: 0.12,
  immunizations: 0.1,
  allergies: 0.08,
} as const;

const DAY = 86_400_000;

/**
 * Clinical records, each written by the doctor of one of the patient's completed visits (so the
 * care relationship that lets the doctor read the chart exists), at or after that visit.
 */
export async function generateRecords(ctx: ScaleContext, writer: BulkWriter) {
  const { plan, size } = ctx;
  const completed = plan.completed;
  if (completed.length === 0) return {} as Record<string, number>;
  const random = createRandom(ctx.seed, 7);
  const quota = (share: number) => Math.round(size.clinicalRecords * share);
  const visit = (r: Random) => completed[r.int(0, completed.length - 1)] ?? 0;
  const who = (a: number) => ({
    patientId: ctx.id("patient", plan.patient[a] ?? 0),
    doctorId: ctx.id("doctor", plan.doctor[a] ?? 0),
    at: new Date(plan.endsAt[a] ?? 0),
  });
  const rows = (
    count: number,
    row: (i: number, a: number) => readonly (string | number | boolean | Date | null)[],
  ) =>
    (function* () {
      for (let i = 0; i < count; i++) yield row(i, visit(random));
    })();

  // One encounter per sampled completed visit, tied to its appointment.
  const encounterCount = Math.min(quota(RECORD_SHARES.encounters), completed.length);
  const stride = completed.length / Math.max(1, encounterCount);
  const encounters = await writer.copy(
    "encounters",
    ["id", "patient_id", "doctor_id", "appointment_id", "occurred_at", "title", "created_at"],
    (function* () {
      for (let i = 0; i < encounterCount; i++) {
        const a = completed[Math.floor(i * stride)] ?? 0;
        const { patientId, doctorId, at } = who(a);
        const startsAt = new Date(plan.startsAt[a] ?? 0);
        yield [
          ctx.id("encounter", i),
          patientId,
          doctorId,
          ctx.id("appointment", a),
          startsAt,
          "Office visit",
          at,
        ];
      }
    })(),
  );
  const labs = await writer.copy(
    "lab_results",
    [
      "id",
      "patient_id",
      "recorded_by_id",
      "test_name",
      "code",
      "value_numeric",
      "unit",
      "reference_low",
      "reference_high",
      "abnormal",
      "collected_at",
      "reported_at",
    ],
    rows(quota(RECORD_SHARES.lab_results), (i, a) => {
      const { patientId, doctorId, at } = who(a);
      const lab = random.pick(LABS);
      const value = Math.round((lab.low + (lab.high - lab.low) * random.next() * 1.3) * 10) / 10;
      return [
        ctx.id("labResult", i),
        patientId,
        doctorId,
        lab.name,
        lab.code,
        value,
        lab.unit,
        lab.low,
        lab.high,
        value > lab.high || value < lab.low,
        at,
        new Date(at.getTime() + DAY),
      ];
    }),
  );
  const prescriptions = await writer.copy(
    "prescriptions",
    [
      "id",
      "patient_id",
      "prescriber_id",
      "medication",
      "dose",
      "route",
      "frequency",
      "duration_days",
      "refills",
      "status",
      "prescribed_at",
    ],
    rows(quota(RECORD_SHARES.prescriptions), (i, a) => {
      const { patientId, doctorId, at } = who(a);
      const [medication, dose] = random.pick(MEDICATIONS);
      const days = random.pick([7, 14, 30, 90]);
      const active = at.getTime() + days * DAY > ctx.now;
      return [
        ctx.id("prescription", i),
        patientId,
        doctorId,
        medication,
        dose,
        "oral",
        random.pick(["once daily", "twice daily", "as needed"]),
        days,
        random.int(0, 3),
        active ? "active" : "completed",
        at,
      ];
    }),
  );
  const problems = await writer.copy(
    "problems",
    [
      "id",
      "patient_id",
      "recorded_by_id",
      "icd10_code",
      "description",
      "status",
      "onset_date",
      "recorded_at",
    ],
    rows(quota(RECORD_SHARES.problems), (i, a) => {
      const { patientId, doctorId, at } = who(a);
      const [code, description] = random.pick(PROBLEMS);
      return [
        ctx.id("problem", i),
        patientId,
        doctorId,
        code,
        description,
        random.chance(0.7) ? "active" : "resolved",
        at.toISOString().slice(0, 10),
        at,
      ];
    }),
  );
  const immunizations = await writer.copy(
    "immunizations",
    ["id", "patient_id", "recorded_by_id", "vaccine", "administered_on", "lot", "recorded_at"],
    rows(quota(RECORD_SHARES.immunizations), (i, a) => {
      const { patientId, doctorId, at } = who(a);
      return [
        ctx.id("immunization", i),
        patientId,
        doctorId,
        random.pick(VACCINES),
        at.toISOString().slice(0, 10),
        `LOT${random.int(10000, 99999)}`,
        at,
      ];
    }),
  );
  const allergies = await writer.copy(
    "allergies",
    ["id", "patient_id", "recorded_by_id", "substance", "reaction", "severity", "recorded_at"],
    rows(quota(RECORD_SHARES.allergies), (i, a) => {
      const { patientId, doctorId, at } = who(a);
      const [substance, reaction] = random.pick(ALLERGIES);
      return [
        ctx.id("allergy", i),
        patientId,
        doctorId,
        substance,
        reaction,
        random.pick(["mild", "moderate", "severe"]),
        at,
      ];
    }),
  );
  return { encounters, lab_results: labs, prescriptions, problems, immunizations, allergies };
}
