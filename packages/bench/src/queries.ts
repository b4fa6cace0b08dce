import type postgres from "postgres";

import type { PlanNode } from "./explain";

/**
 * The SQL behind each benchmarked endpoint, as the API runs it (same statements, same order), so
 * the bench can time it without HTTP and tRPC and show each one's plan.
 */
export interface Query {
  text: string;
  params: (string | number | null)[];
}

type Sql = postgres.Sql | postgres.TransactionSql;
const run = (sql: Sql, query: Query) => sql.unsafe(query.text, query.params as never[]);

const LISTED = `dp.verification_status = 'verified' and u.status = 'active'
  and dp.licence_expires_on >= $1::date and p.doctor_id is not null`;

export function searchQueries(input: {
  today: string;
  word: string;
  specialty: string;
  city: string;
}) {
  const where = `${LISTED} and ($2 <% dp.search_document or dp.search_document like $3)
    and dp.specialty = $4 and lower(p.city) = lower($5)`;
  const params = [input.today, input.word, `%${input.word}%`, input.specialty, input.city];
  const from = `from doctor_profiles dp join users u on u.id = dp.user_id
    left join practices p on p.doctor_id = dp.user_id`;
  return {
    page: {
      text: `select dp.user_id, dp.display_name, dp.specialty, dp.languages, dp.years_of_practice,
          dp.accepting_new_patients, p.city, p.name, dp.next_available_at, count(*) over () as total
        ${from} where ${where}
        order by word_similarity($2, dp.search_document) desc, dp.next_available_at asc nulls last,
          dp.display_name limit 20 offset 0`,
      params,
    },
  };
}

export async function runSearch(sql: postgres.Sql, input: Parameters<typeof searchQueries>[0]) {
  const queries = searchQueries(input);
  await sql.begin(async (tx) => {
    await tx`select set_config('pg_trgm.word_similarity_threshold', '0.4', true)`;
    await run(tx, queries.page);
  });
}

/** The slot engine's inputs for one doctor and a range (the API's loadSchedules + listing check). */
export function scheduleQueries(input: {
  today: string;
  doctorId: string;
  start: string;
  end: string;
}) {
  const id = input.doctorId;
  return {
    listed: {
      text: `select dp.user_id from doctor_profiles dp join users u on u.id = dp.user_id
        join practices p on p.doctor_id = dp.user_id where dp.user_id = $2 and ${LISTED}`,
      params: [input.today, id],
    },
    head: {
      text: `select dp.user_id, p.time_zone, dp.buffer_before_minutes, dp.buffer_after_minutes,
          dp.minimum_notice_minutes, dp.booking_horizon_days, dp.max_appointments_per_day
        from doctor_profiles dp join practices p on p.doctor_id = dp.user_id where dp.user_id in ($1)`,
      params: [id],
    },
    rules: { text: `select * from availability_rules where doctor_id in ($1)`, params: [id] },
    overrides: {
      text: `select * from availability_overrides where doctor_id in ($1)
        and date between ($2::timestamptz - interval '1 day')::date and ($3::timestamptz + interval '1 day')::date`,
      params: [id, input.start, input.end],
    },
    busy: {
      text: `select doctor_id, starts_at, ends_at from appointments where doctor_id in ($1)
        and status <> 'cancelled' and starts_at < $3::timestamptz + interval '1 day'
        and ends_at > $2::timestamptz - interval '1 day' order by starts_at`,
      params: [id, input.start, input.end],
    },
    services: {
      text: `select id, doctor_id, duration_minutes from services where doctor_id in ($1) and active = true
        order by duration_minutes`,
      params: [id],
    },
  };
}

export async function runSlots(sql: Sql, input: Parameters<typeof scheduleQueries>[0]) {
  const q = scheduleQueries(input);
  await run(sql, q.listed);
  await Promise.all(
    [q.head, q.rules, q.overrides, q.busy, q.services].map((query) => run(sql, query)),
  );
}

/** A booking's transaction: idempotency check, the doctor's lock, the slot check, insert, audit. */
export async function runBooking(
  sql: postgres.Sql,
  input: {
    today: string;
    patientId: string;
    doctorId: string;
    serviceId: string;
    startsAt: string;
    endsAt: string;
  },
) {
  const clientRequestId = `bench:${crypto.randomUUID()}`;
  await sql.begin(async (tx) => {
    await tx`select id from appointments where patient_id = ${input.patientId} and client_request_id = ${clientRequestId}`;
    await tx`select pg_advisory_xact_lock(hashtext(${`schedule:${input.doctorId}`}))`;
    const q = scheduleQueries({
      today: input.today,
      doctorId: input.doctorId,
      start: input.startsAt,
      end: input.endsAt,
    });
    await run(tx, q.listed);
    await tx`select duration_minutes from services where id = ${input.serviceId} and doctor_id = ${input.doctorId} and active`;
    for (const query of [q.head, q.rules, q.overrides, q.busy, q.services]) await run(tx, query);
    const [created] =
      await tx`insert into appointments (doctor_id, patient_id, service_id, starts_at, ends_at, client_request_id)
      values (${input.doctorId}, ${input.patientId}, ${input.serviceId}, ${input.startsAt}, ${input.endsAt}, ${clientRequestId})
      returning id`;
    for (const userId of [input.patientId, input.doctorId]) {
      await tx`insert into notifications (user_id, kind, title) values (${userId}, 'appointment.booked', 'Booked')`;
    }
    await tx`insert into audit_events (actor_id, actor_role, action, patient_id, record_type, record_id)
      values (${input.patientId}, 'patient', 'appointment.booked', ${input.patientId}, 'appointment', ${String(created?.id)})`;
  });
}

export function myAppointmentsQuery(patientId: string): Query {
  return {
    text: `select a.*, u.name, s.name, p.time_zone, p.name, p.city from appointments a
      join users u on u.id = a.doctor_id left join services s on s.id = a.service_id
      left join practices p on p.doctor_id = a.doctor_id
      where a.patient_id = $1 order by a.starts_at desc limit 100 offset 0`,
    params: [patientId],
  };
}

export function recordsQuery(patientId: string): Query {
  const parts = [
    `select 'encounter' as type, id, title, occurred_at as recorded_at, null::text as detail from encounters where patient_id = $1`,
    `select 'note', id, 'Treatment note', coalesce(signed_at, created_at), null from treatment_notes where patient_id = $1 and status = 'signed'`,
    `select 'problem', id, description, recorded_at, icd10_code || ' · ' || status from problems where patient_id = $1`,
    `select 'prescription', id, medication || ' ' || dose, prescribed_at, frequency || ' · ' || status from prescriptions where patient_id = $1`,
    `select 'lab', id, test_name, collected_at, coalesce(value_numeric::text, value_text, '') from lab_results where patient_id = $1`,
    `select 'allergy', id, substance, recorded_at, reaction || ' · ' || severity from allergies where patient_id = $1`,
    `select 'immunization', id, vaccine, administered_on::timestamptz, lot from immunizations where patient_id = $1`,
  ];
  return {
    text: `select *, count(*) over () as total from (${parts.map((p) => `(${p})`).join(" union all ")})
      as entries(type, id, title, recorded_at, detail) order by recorded_at desc, id limit 100 offset 0`,
    params: [patientId],
  };
}

export async function runRecords(sql: postgres.Sql, patientId: string) {
  await sql.begin(async (tx) => {
    await run(tx, recordsQuery(patientId));
    await tx`insert into audit_events (actor_id, actor_role, action, patient_id) values (${patientId}, 'patient', 'record.list_read', ${patientId})`;
  });
}

export function conversationQuery(conversationId: string, userId: string): Query {
  return {
    text: `select * from conversations where id = $1 and (patient_id = $2 or doctor_id = $2)`,
    params: [conversationId, userId],
  };
}

export async function runSendMessage(
  sql: postgres.Sql,
  input: { conversationId: string; patientId: string },
) {
  await run(sql, conversationQuery(input.conversationId, input.patientId));
  await sql.begin(async (tx) => {
    await tx`insert into messages (conversation_id, sender_id, body) values (${input.conversationId}, ${input.patientId}, 'Benchmark message')`;
    await tx`update conversations set last_message_at = now(), patient_last_read_at = now() where id = ${input.conversationId}`;
    await tx`insert into audit_events (actor_id, actor_role, action, patient_id, record_type) values (${input.patientId}, 'patient', 'message.sent', ${input.patientId}, 'message')`;
  });
}

export async function explain(sql: postgres.Sql, query: Query) {
  const [row] = await sql.unsafe(`explain (format json) ${query.text}`, query.params as never[]);
  return (row?.["QUERY PLAN"] as [{ Plan: PlanNode }])[0].Plan;
}
