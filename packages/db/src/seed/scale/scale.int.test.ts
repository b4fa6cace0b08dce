import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { rowsOf } from "../../client";
import { sqlStateOf, SqlState } from "../../errors";
import { createTestDatabase, testDatabaseKind, type TestDatabase } from "../../testing";
import { RECORD_SHARES } from "./records";
import { ScaleDataPresentError, SCALES, seedScaleData } from ".";

const size = SCALES.tiny;
let handle: TestDatabase;
let rows: Record<string, number>;
const now = new Date("2026-06-15T12:00:00Z");

beforeAll(async () => {
  handle = await createTestDatabase();
  ({ rows } = await seedScaleData(handle, { scale: "tiny", now }));
});
afterAll(async () => {
  await handle.close();
});

async function one<T>(query: ReturnType<typeof sql>): Promise<T> {
  return rowsOf<T>(await handle.db.execute(query))[0] as T;
}

describe(`scale data (tiny) on ${testDatabaseKind()}`, () => {
  it("writes the planned number of rows of each kind", async () => {
    const counts = await one<Record<string, number>>(sql`select
      (select count(*)::int from users where role = 'doctor') as doctors,
      (select count(*)::int from users where role = 'patient') as patients,
      (select count(*)::int from appointments) as appointments,
      (select count(*)::int from messages) as messages,
      (select count(distinct city)::int from practices) as cities,
      (select count(distinct specialty)::int from doctor_profiles) as specialties,
      (select (select count(*) from encounters) + (select count(*) from lab_results)
        + (select count(*) from prescriptions) + (select count(*) from problems)
        + (select count(*) from immunizations) + (select count(*) from allergies))::int as records`);
    expect(counts).toEqual({
      doctors: size.doctors,
      patients: size.patients,
      appointments: size.appointments,
      messages: size.messages,
      cities: size.cities,
      specialties: Math.min(size.doctors, 30),
      records: size.clinicalRecords,
    });
    expect(rows.appointments).toBe(size.appointments);
    expect(rows.encounters).toBe(Math.round(size.clinicalRecords * RECORD_SHARES.encounters));
  });

  it("never double-books a doctor, and keeps every visit inside the doctor's weekly hours", async () => {
    const overlaps = await one<{ n: number }>(sql`select count(*)::int as n from appointments a
      join appointments b on a.doctor_id = b.doctor_id and a.id < b.id
        and a.status <> 'cancelled' and b.status <> 'cancelled'
        and tstzrange(a.starts_at, a.ends_at) && tstzrange(b.starts_at, b.ends_at)`);
    expect(overlaps.n).toBe(0);
    const outside = await one<{ n: number }>(sql`select count(*)::int as n from appointments a
      join practices p on p.doctor_id = a.doctor_id
      where not exists (select 1 from availability_rules r where r.doctor_id = a.doctor_id
        and r.weekday = extract(dow from a.starts_at at time zone p.time_zone)
        and (a.starts_at at time zone p.time_zone)::time >= r.start_time
        and (a.ends_at at time zone p.time_zone)::time <= r.end_time)`);
    expect(outside.n).toBe(0);
  });

  it("books only verified doctors, past visits are settled and future ones booked", async () => {
    const wrong = await one<{
      unverified: number;
      past_booked: number;
      future_settled: number;
    }>(sql`select
      (select count(*)::int from appointments a join doctor_profiles d on d.user_id = a.doctor_id
        where d.verification_status <> 'verified') as unverified,
      (select count(*)::int from appointments where starts_at < ${now.toISOString()}::timestamptz and status = 'booked') as past_booked,
      (select count(*)::int from appointments where starts_at >= ${now.toISOString()}::timestamptz
        and status in ('completed', 'no_show')) as future_settled`);
    expect(wrong).toEqual({ unverified: 0, past_booked: 0, future_settled: 0 });
    const statuses = rowsOf<{ status: string }>(
      await handle.db.execute(sql`select distinct status::text from appointments order by 1`),
    ).map((r) => r.status);
    expect(statuses).toEqual(["booked", "cancelled", "completed", "no_show"]);
  });

  it("writes records and conversations only where a care relationship exists", async () => {
    const orphans = await one<{ labs: number; conversations: number }>(sql`select
      (select count(*)::int from lab_results l where not exists (select 1 from appointments a
        where a.patient_id = l.patient_id and a.doctor_id = l.recorded_by_id and a.status = 'completed')) as labs,
      (select count(*)::int from conversations c where not exists (select 1 from appointments a
        where a.patient_id = c.patient_id and a.doctor_id = c.doctor_id)) as conversations`);
    expect(orphans).toEqual({ labs: 0, conversations: 0 });
  });

  it("leaves the no-double-booking constraint in force", async () => {
    const taken = await one<{
      doctor_id: string;
      patient_id: string;
      starts_at: string;
      ends_at: string;
    }>(
      sql`select doctor_id, patient_id, starts_at::text, ends_at::text from appointments where status = 'booked' limit 1`,
    );
    const insert = handle.db
      .execute(sql`insert into appointments (doctor_id, patient_id, starts_at, ends_at)
      values (${taken.doctor_id}, ${taken.patient_id}, ${taken.starts_at}::timestamptz, ${taken.ends_at}::timestamptz)`);
    await expect(insert).rejects.toSatisfy(
      (error) => sqlStateOf(error) === SqlState.exclusionViolation,
    );
  });

  it("refuses to run twice on one database", async () => {
    await expect(seedScaleData(handle, { scale: "tiny", now })).rejects.toBeInstanceOf(
      ScaleDataPresentError,
    );
  });
});
