import { and, asc, desc, eq, sql, type SQL } from "drizzle-orm";

import { decrypt, type Keyring } from "@resq/auth/encryption";
import { rowsOf, type Database } from "@resq/db/client";
import {
  allergies,
  encounters,
  immunizations,
  labResults,
  prescriptions,
  problems,
  treatmentNotes,
  users,
} from "@resq/db/schema";

import { RECORD_TYPES, type RecordType } from "./types";

export { RECORD_TYPES, type RecordType };

export interface TimelineEntry {
  id: string;
  type: RecordType;
  title: string;
  recordedAt: Date;
  /** A short, plain-language line (e.g. the lab value and whether it is out of range). */
  detail: string | null;
}

/**
 * One chart's entries of every kind, newest first, filtered and paged in the database (one
 * query). Treatment notes appear once signed; a doctor also sees their own drafts.
 */
export async function chartTimeline(
  db: Database,
  patientId: string,
  options: {
    types?: readonly RecordType[];
    from?: Date;
    to?: Date;
    limit: number;
    offset: number;
    draftsOf?: string;
  },
): Promise<{ items: TimelineEntry[]; total: number }> {
  const parts: Record<RecordType, SQL> = {
    encounter: sql`select 'encounter' as type, id, title, occurred_at as recorded_at, null::text as detail from encounters where patient_id = ${patientId}`,
    note: sql`select 'note', id, case when amends_note_id is null then 'Treatment note' else 'Treatment note (amended, version ' || version || ')' end, coalesce(signed_at, created_at), case when status = 'draft' then 'Draft' else null end
              from treatment_notes where patient_id = ${patientId} and (status = 'signed' or doctor_id = ${options.draftsOf ?? null}::uuid)`,
    problem: sql`select 'problem', id, description, recorded_at, icd10_code || ' · ' || status from problems where patient_id = ${patientId}`,
    prescription: sql`select 'prescription', id, medication || ' ' || dose, prescribed_at, frequency || ' · ' || status from prescriptions where patient_id = ${patientId}`,
    lab: sql`select 'lab', id, test_name, collected_at,
               coalesce(value_numeric::text, value_text, '') || coalesce(' ' || unit, '') || case when abnormal then ' · outside the normal range' else '' end
             from lab_results where patient_id = ${patientId}`,
    allergy: sql`select 'allergy', id, substance, recorded_at, reaction || ' · ' || severity from allergies where patient_id = ${patientId}`,
    immunization: sql`select 'immunization', id, vaccine, administered_on::timestamptz, lot from immunizations where patient_id = ${patientId}`,
  };
  const types = options.types?.length ? options.types : RECORD_TYPES;
  const union = sql.join(
    types.map((type) => sql`(${parts[type]})`),
    sql` union all `,
  );
  const bounds: SQL[] = [];
  if (options.from) bounds.push(sql`recorded_at >= ${options.from.toISOString()}::timestamptz`);
  if (options.to) bounds.push(sql`recorded_at <= ${options.to.toISOString()}::timestamptz`);
  const where = bounds.length ? sql`where ${sql.join(bounds, sql` and `)}` : sql``;
  const rows = rowsOf<{
    type: RecordType;
    id: string;
    title: string;
    recorded_at: string | Date;
    detail: string | null;
    total: string | number;
  }>(
    await db.execute(sql`
      select *, count(*) over () as total from (${union}) as entries(type, id, title, recorded_at, detail) ${where}
      order by recorded_at desc, id limit ${options.limit} offset ${options.offset}`),
  );
  return {
    items: rows.map((row) => ({
      id: row.id,
      type: row.type,
      title: row.title,
      recordedAt: new Date(row.recorded_at),
      detail: row.detail,
    })),
    total: Number(rows[0]?.total ?? 0),
  };
}

/** What a clinician sees first: active problems and medications, allergies, recent labs. */
export async function chartSummary(db: Database, patientId: string) {
  const [patient] = await db
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(eq(users.id, patientId));
  return {
    patient: patient ?? null,
    problems: await db
      .select()
      .from(problems)
      .where(and(eq(problems.patientId, patientId), eq(problems.status, "active")))
      .orderBy(desc(problems.recordedAt)),
    medications: await db
      .select()
      .from(prescriptions)
      .where(and(eq(prescriptions.patientId, patientId), eq(prescriptions.status, "active")))
      .orderBy(desc(prescriptions.prescribedAt)),
    allergies: await db
      .select()
      .from(allergies)
      .where(eq(allergies.patientId, patientId))
      .orderBy(asc(allergies.substance)),
    recentLabs: await db
      .select()
      .from(labResults)
      .where(eq(labResults.patientId, patientId))
      .orderBy(desc(labResults.collectedAt))
      .limit(10),
    immunizations: await db
      .select()
      .from(immunizations)
      .where(eq(immunizations.patientId, patientId))
      .orderBy(desc(immunizations.administeredOn)),
    encounters: await db
      .select()
      .from(encounters)
      .where(eq(encounters.patientId, patientId))
      .orderBy(desc(encounters.occurredAt))
      .limit(10),
  };
}

/** Finds any record by id (the REST detail call has no type), within one patient's chart. */
export async function findRecord(db: Database, id: string) {
  const lookups = [
    ["encounter", encounters],
    ["problem", problems],
    ["prescription", prescriptions],
    ["lab", labResults],
    ["allergy", allergies],
    ["immunization", immunizations],
    ["note", treatmentNotes],
  ] as const;
  for (const [type, table] of lookups) {
    const [row] = await db.select().from(table).where(eq(table.id, id));
    if (row)
      return { type, row } as {
        type: RecordType;
        row: Record<string, unknown> & { patientId: string };
      };
  }
  return null;
}

/** A note with its text decrypted, for those allowed to read it. */
export function readableNote(keyring: Keyring, note: typeof treatmentNotes.$inferSelect) {
  const { bodyCiphertext, ...rest } = note;
  return { ...rest, body: decrypt(keyring, bodyCiphertext) };
}
