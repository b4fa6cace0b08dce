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

  it("bills every completed visit once, at its service's price, with its line", async () => {
    const billed = await one<{
      completed: number;
      invoices: number;
      visit_invoices: number;
      unbilled: number;
      wrong_total: number;
      lines: number;
      wrong_line: number;
      foreign: number;
    }>(sql`select
      (select count(*)::int from appointments where status = 'completed') as completed,
      (select count(*)::int from invoices) as invoices,
      (select count(distinct appointment_id)::int from invoices where kind = 'visit') as visit_invoices,
      (select count(*)::int from appointments a where a.status = 'completed'
        and not exists (select 1 from invoices i where i.appointment_id = a.id)) as unbilled,
      (select count(*)::int from invoices i join appointments a on a.id = i.appointment_id
        join services s on s.id = a.service_id
        where i.total_minor <> s.price_minor or i.currency <> s.currency
          or i.practice_id <> a.doctor_id or i.patient_id <> a.patient_id) as wrong_total,
      (select count(*)::int from invoice_line_items) as lines,
      (select count(*)::int from invoices i where (select coalesce(sum(l.amount_minor), 0)
        from invoice_line_items l where l.invoice_id = i.id) <> i.total_minor) as wrong_line,
      (select count(*)::int from invoices i join appointments a on a.id = i.appointment_id
        where a.status <> 'completed') as foreign`);
    expect(billed.completed).toBeGreaterThan(size.appointments / 2);
    expect(billed).toEqual({
      completed: billed.completed,
      invoices: billed.completed,
      visit_invoices: billed.completed,
      unbilled: 0,
      wrong_total: 0,
      lines: billed.completed,
      wrong_line: 0,
      foreign: 0,
    });
    expect(rows.invoices).toBe(billed.completed);
    const statuses = rowsOf<{ status: string; n: number }>(
      await handle.db.execute(
        sql`select status::text, count(*)::int as n from invoices group by 1 order by 1`,
      ),
    );
    const share = Object.fromEntries(statuses.map((r) => [r.status, r.n / billed.completed]));
    expect(Object.keys(share)).toEqual(["open", "paid", "void"]);
    expect(share.paid).toBeGreaterThan(0.75);
    expect(share.open).toBeGreaterThan(0.02);
    expect(share.void).toBeGreaterThan(0);
    expect(share.void).toBeLessThan(0.08);
  });

  it("numbers invoices consecutively per practice and year, and the counters continue there", async () => {
    const numbering = await one<{
      duplicate_numbers: number;
      bad_format: number;
      gaps: number;
      out_of_order: number;
      counters: number;
      practice_years: number;
      counter_mismatch: number;
    }>(sql`with per as (
        select practice_id, year, count(*)::int as n, min(sequence) as lo, max(sequence) as hi
        from invoices group by practice_id, year)
      select
      (select count(*)::int from (select practice_id, number from invoices
        group by 1, 2 having count(*) > 1) d) as duplicate_numbers,
      (select count(*)::int from invoices
        where number <> 'INV-' || year || '-' || lpad(sequence::text, 5, '0')
          or year <> extract(year from issued_at at time zone (select time_zone from practices p
            where p.doctor_id = invoices.practice_id))) as bad_format,
      (select count(*)::int from per where lo <> 1 or hi <> n) as gaps,
      (select count(*)::int from invoices a join invoices b on a.practice_id = b.practice_id
        and a.year = b.year and a.sequence < b.sequence and a.issued_at > b.issued_at) as out_of_order,
      (select count(*)::int from invoice_counters) as counters,
      (select count(*)::int from per) as practice_years,
      (select count(*)::int from per full join invoice_counters c
        on c.practice_id = per.practice_id and c.year = per.year
        where c.last_number is distinct from per.hi) as counter_mismatch`);
    expect(numbering).toEqual({
      duplicate_numbers: 0,
      bad_format: 0,
      gaps: 0,
      out_of_order: 0,
      counters: numbering.practice_years,
      practice_years: numbering.practice_years,
      counter_mismatch: 0,
    });
    // The visits span two calendar years, so every practice numbers two (or three) years.
    expect(numbering.practice_years).toBeGreaterThanOrEqual(size.doctors * 2);
  });

  it("books every paid invoice in the ledger: paid amounts equal the ledger's sums", async () => {
    const money = await one<{
      paid: number;
      mismatched: number;
      unpaid_with_money: number;
      orphan_entries: number;
      card_without_attempt: number;
      attempts: number;
      card_entries: number;
      late: number;
    }>(sql`select
      (select count(*)::int from invoices where status = 'paid') as paid,
      (select count(*)::int from invoices i where i.paid_minor <> (select coalesce(sum(e.amount_minor), 0)
        from ledger_entries e where e.invoice_id = i.id and e.kind <> 'refund')
        or (i.status = 'paid' and (i.paid_minor <> i.total_minor or i.paid_at is null))) as mismatched,
      (select count(*)::int from invoices i where i.status <> 'paid'
        and (i.paid_minor <> 0 or i.paid_at is not null)) as unpaid_with_money,
      (select count(*)::int from ledger_entries e join invoices i on i.id = e.invoice_id
        where i.status <> 'paid' or e.currency <> i.currency) as orphan_entries,
      (select count(*)::int from ledger_entries e left join payment_attempts p on p.id = e.payment_attempt_id
        where (e.kind = 'payment') <> (p.id is not null and p.status = 'succeeded'
          and p.amount_minor = e.amount_minor and p.invoice_id = e.invoice_id)) as card_without_attempt,
      (select count(*)::int from payment_attempts) as attempts,
      (select count(*)::int from ledger_entries where kind = 'payment') as card_entries,
      (select count(*)::int from ledger_entries where occurred_at > ${now.toISOString()}::timestamptz) as late`);
    expect(money.paid).toBeGreaterThan(0);
    expect(money).toEqual({
      paid: money.paid,
      mismatched: 0,
      unpaid_with_money: 0,
      orphan_entries: 0,
      card_without_attempt: 0,
      attempts: money.card_entries,
      card_entries: money.card_entries,
      late: 0,
    });
    expect(rows.ledger_entries).toBe(money.paid);
    // The ledger stays append-only: the generator inserted, nothing may change a row.
    await expect(
      handle.db.execute(sql`update ledger_entries set amount_minor = amount_minor + 1`),
    ).rejects.toSatisfy(
      (error) =>
        sqlStateOf(error) === "42501" &&
        /append-only/.test(String((error as { cause?: unknown }).cause)),
    );
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
