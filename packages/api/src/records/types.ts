/** The kinds of entries in a medical record (safe to import in the browser). */
export const RECORD_TYPES = [
  "encounter",
  "note",
  "problem",
  "prescription",
  "lab",
  "allergy",
  "immunization",
] as const;
export type RecordType = (typeof RECORD_TYPES)[number];
