import type postgres from "postgres";

import { cycle, type Fixtures } from "./fixtures";
import type { HttpRequestSpec } from "./http-load";
import { EXHAUSTED } from "./raw-load";
import {
  conversationQuery,
  myAppointmentsQuery,
  recordsQuery,
  runBooking,
  runRecords,
  runSearch,
  runSendMessage,
  runSlots,
  scheduleQueries,
  searchQueries,
  type Query,
} from "./queries";

/** A free time to book, as the slots endpoint offered it. */
export interface BookableSlot {
  doctorId: string;
  serviceId: string;
  startsAt: string;
  endsAt: string;
}

/** One benchmarked endpoint: its HTTP requests, the same work in raw SQL, and its hot queries. */
export interface Scenario {
  name: string;
  /** "read" scenarios are held to the p95 target; "write" ones to throughput. */
  kind: "read" | "write";
  okStatuses: number[];
  nextRequest: () => HttpRequestSpec;
  raw: (sql: postgres.Sql) => Promise<unknown>;
  hotQueries: { name: string; query: Query }[];
}

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

export function scenarios(
  fixtures: Fixtures,
  slots: { http: BookableSlot[]; raw: BookableSlot[] },
): Scenario[] {
  const { today, slotsFrom, slotsTo } = fixtures;
  const search = cycle(fixtures.searches);
  const doctor = cycle(fixtures.doctors);
  const patient = cycle(fixtures.patients);
  const slotRange = (doctorId: string) => ({
    today,
    doctorId,
    start: new Date(`${slotsFrom}T00:00:00Z`).toISOString(),
    end: new Date(Date.parse(`${slotsTo}T00:00:00Z`) + 2 * 86_400_000).toISOString(),
  });
  let httpSlot = 0;
  let rawSlot = 0;
  const first = {
    search: fixtures.searches[0]!,
    doctor: fixtures.doctors[0]!,
    patient: fixtures.patients[0]!,
  };

  return [
    {
      name: "doctor search (text + specialty + city)",
      kind: "read",
      okStatuses: [200],
      nextRequest: () => {
        const s = search();
        const query = new URLSearchParams({ q: s.word, specialty: s.specialty, city: s.city });
        return { method: "GET", path: `/api/appointments/doctors/?${query}` };
      },
      raw: (sql) => runSearch(sql, { today, ...search() }),
      hotQueries: Object.entries(searchQueries({ today, ...first.search })).map(
        ([name, query]) => ({
          name: `search ${name}`,
          query,
        }),
      ),
    },
    {
      name: "slots for 14 days",
      kind: "read",
      okStatuses: [200],
      nextRequest: () => ({
        method: "GET",
        path: `/api/appointments/doctors/${doctor().id}/slots/?from=${slotsFrom}&to=${slotsTo}`,
      }),
      raw: (sql) => runSlots(sql, slotRange(doctor().id)),
      hotQueries: Object.entries(scheduleQueries(slotRange(first.doctor.id))).map(
        ([name, query]) => ({
          name: `slots ${name}`,
          query,
        }),
      ),
    },
    {
      name: "book a distinct free slot",
      kind: "write",
      okStatuses: [201],
      nextRequest: () => {
        const slot = slots.http[httpSlot++ % Math.max(1, slots.http.length)];
        const body = slot
          ? JSON.stringify({
              doctorId: slot.doctorId,
              serviceId: slot.serviceId,
              startsAt: slot.startsAt,
            })
          : "{}";
        return {
          method: "POST",
          path: "/api/appointments/appointments/",
          headers: bearer(patient().token),
          body,
        };
      },
      raw: async (sql) => {
        const slot = slots.raw[rawSlot++];
        if (!slot) return EXHAUSTED;
        await runBooking(sql, { today, patientId: patient().id, ...slot });
        return undefined;
      },
      hotQueries: [
        { name: "booking busy check", query: scheduleQueries(slotRange(first.doctor.id)).busy },
      ],
    },
    {
      name: "list my appointments",
      kind: "read",
      okStatuses: [200],
      nextRequest: () => ({
        method: "GET",
        path: "/api/appointments/appointments/",
        headers: bearer(patient().token),
      }),
      raw: (sql) => sql.unsafe(myAppointmentsQuery(patient().id).text, [patient().id]),
      hotQueries: [{ name: "my appointments", query: myAppointmentsQuery(first.patient.id) }],
    },
    {
      name: "records list",
      kind: "read",
      okStatuses: [200],
      nextRequest: () => ({
        method: "GET",
        path: "/api/medical-records/records/",
        headers: bearer(patient().token),
      }),
      raw: (sql) => runRecords(sql, patient().id),
      hotQueries: [{ name: "records timeline", query: recordsQuery(first.patient.id) }],
    },
    {
      name: "send a message (tRPC)",
      kind: "write",
      okStatuses: [200],
      nextRequest: () => {
        const p = patient();
        return {
          method: "POST",
          path: "/api/trpc/messages.send",
          headers: bearer(p.token),
          body: JSON.stringify({
            json: { conversationId: p.conversationId, body: "Benchmark message" },
          }),
        };
      },
      raw: (sql) => {
        const p = patient();
        return runSendMessage(sql, { conversationId: p.conversationId, patientId: p.id });
      },
      hotQueries: [
        {
          name: "own conversation",
          query: conversationQuery(first.patient.conversationId, first.patient.id),
        },
      ],
    },
  ];
}

/**
 * Free slots to book, asked of the server itself (the slots endpoint), without overlaps within a
 * doctor, interleaved across doctors (concurrent bookings rarely wait on one doctor's lock), and
 * dealt alternately to the HTTP run and the raw SQL run so no slot is booked twice.
 */
export async function bookableSlots(baseUrl: string, fixtures: Fixtures, wanted: number) {
  const perDoctor: BookableSlot[][] = [];
  let total = 0;
  for (const doctor of fixtures.doctors) {
    if (total >= wanted * 2) break;
    const response = await fetch(
      `${baseUrl}/api/appointments/doctors/${doctor.id}/slots/?from=${fixtures.slotsFrom}&to=${fixtures.slotsTo}`,
    );
    if (!response.ok) continue;
    const body = (await response.json()) as {
      serviceId: string | null;
      slots: { startsAt: string; endsAt: string }[];
    };
    if (!body.serviceId) continue;
    const own: BookableSlot[] = [];
    let freeFrom = 0;
    for (const slot of body.slots) {
      if (Date.parse(slot.startsAt) < freeFrom) continue;
      own.push({ doctorId: doctor.id, serviceId: body.serviceId, ...slot });
      freeFrom = Date.parse(slot.endsAt);
    }
    perDoctor.push(own);
    total += own.length;
  }
  const interleaved: BookableSlot[] = [];
  for (let i = 0; interleaved.length < total; i++) {
    for (const own of perDoctor) if (own[i]) interleaved.push(own[i]!);
  }
  return {
    http: interleaved.filter((_, i) => i % 2 === 0),
    raw: interleaved.filter((_, i) => i % 2 === 1),
  };
}
