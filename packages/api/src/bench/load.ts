/**
 * A bounded loopback load run: simulated patients sign in, search the directory, look at free
 * times, book, list their appointments and message the doctor they booked, against the real request
 * handler over HTTP. It counts every answer, and afterwards checks the database: no 5xx, no booking
 * or message lost or stored twice, no two live appointments of a doctor overlapping.
 */
import { and, inArray, like, sql } from "drizzle-orm";

import { rowsOf, type Database } from "@resq/db/client";
import { appointments, messages, patientProfiles, users } from "@resq/db/schema";
import { DEMO_PASSWORD, DEMO_PASSWORD_HASH } from "@resq/db/seed";

export const LOAD_EMAIL_DOMAIN = "load.resq.test";

/** Creates `count` verified patients (load-N@load.resq.test) with the demo password. */
export async function createLoadPatients(db: Database, count: number): Promise<string[]> {
  const emails = Array.from({ length: count }, (_, i) => `load-${i}@${LOAD_EMAIL_DOMAIN}`);
  const rows = await db
    .insert(users)
    .values(
      emails.map((email, i) => ({
        email,
        name: `Load Patient ${i}`,
        role: "patient" as const,
        passwordHash: DEMO_PASSWORD_HASH,
        emailVerifiedAt: new Date(),
      })),
    )
    .onConflictDoNothing()
    .returning({ id: users.id });
  if (rows.length)
    await db
      .insert(patientProfiles)
      .values(rows.map((r) => ({ userId: r.id })))
      .onConflictDoNothing();
  return emails;
}

type Operation = "signIn" | "search" | "slots" | "book" | "list" | "startConversation" | "send";

export interface LoadReport {
  users: number;
  seconds: number;
  requests: number;
  perSecond: number;
  statuses: Record<string, number>;
  operations: Record<
    Operation,
    { count: number; p50: number; p95: number; p99: number; max: number }
  >;
  bookings: {
    succeeded: number;
    conflicts: number;
    stored: number;
    duplicates: number;
    overlaps: number;
    /** Retries after a 503, with the same clientRequestId (books once). */
    retries: number;
  };
  messages: { succeeded: number; stored: number; duplicates: number };
  serverErrors: number;
  networkErrors: number;
  problems: string[];
}

interface Result {
  status: number;
  json: unknown;
}

/** One tRPC call over HTTP (superjson's JSON envelope is enough for these inputs). */
async function call(
  baseUrl: string,
  path: string,
  input: unknown,
  headers: Record<string, string>,
  method: "GET" | "POST",
): Promise<Result & { cookie?: string }> {
  const body = JSON.stringify({ json: input });
  const response = await fetch(
    method === "GET"
      ? `${baseUrl}/api/trpc/${path}?input=${encodeURIComponent(body)}`
      : `${baseUrl}/api/trpc/${path}`,
    {
      method,
      headers: { "content-type": "application/json", ...headers },
      body: method === "POST" ? body : undefined,
      signal: AbortSignal.timeout(60_000),
    },
  );
  const json = (await response.json().catch(() => null)) as unknown;
  return {
    status: response.status,
    json,
    cookie: response.headers.getSetCookie()[0]?.split(";")[0],
  };
}

const data = <T>(result: Result) =>
  (result.json as { result?: { data?: { json?: T } } }).result?.data?.json;
const percentile = (sorted: number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! : 0;
const pick = <T>(items: readonly T[]) => items[Math.floor(Math.random() * items.length)];
const isoDay = (offsetDays: number) =>
  new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

export async function runLoad(options: {
  baseUrl: string;
  db: Database;
  emails: string[];
  durationMs: number;
  /** Pause between one simulated user's requests, as a person reading the page would. */
  thinkMs?: number;
}): Promise<LoadReport> {
  const { baseUrl, db, emails, durationMs } = options;
  const thinkMs = options.thinkMs ?? 100;
  const latencies = new Map<Operation, number[]>();
  const statuses: Record<string, number> = {};
  let networkErrors = 0;
  const booked: string[] = [];
  let conflicts = 0;
  let retries = 0;
  const sent: string[] = [];
  const problems: string[] = [];
  const startedAt = Date.now();
  const deadline = startedAt + durationMs;

  async function timed(operation: Operation, run: () => Promise<Result & { cookie?: string }>) {
    const at = performance.now();
    try {
      const result = await run();
      const list = latencies.get(operation) ?? [];
      list.push(performance.now() - at);
      latencies.set(operation, list);
      statuses[result.status] = (statuses[result.status] ?? 0) + 1;
      if (result.status >= 500 && problems.length < 20)
        problems.push(
          `${operation}: ${result.status} ${JSON.stringify(result.json).slice(0, 200)}`,
        );
      return result;
    } catch (error) {
      networkErrors++;
      if (problems.length < 20) problems.push(`${operation}: ${String(error)}`);
      return null;
    }
  }

  async function simulatedUser(email: string, index: number) {
    // Each simulated user comes from its own address (the bench server trusts X-Forwarded-For).
    const ip = {
      "x-forwarded-for": `10.${(index >> 8) & 255}.${index & 255}.${(index % 250) + 1}`,
    };
    // Users arrive over a ramp (a sixth of the run, at most 10 s), not all in one instant: each
    // sign-in costs an argon2 hash (~20 ms of CPU, 19 MB), by design.
    await new Promise((r) => setTimeout(r, Math.random() * Math.min(10_000, durationMs / 6)));
    const signIn = await timed("signIn", () =>
      call(baseUrl, "auth.signIn", { email, password: DEMO_PASSWORD }, ip, "POST"),
    );
    if (!signIn?.cookie) return;
    const headers = { ...ip, cookie: signIn.cookie };
    const conversations = new Map<string, string>();
    // Every user goes through the whole journey at least once, then repeats it until the deadline.
    do {
      const search = await timed("search", () =>
        call(baseUrl, "directory.search", { page: 1, pageSize: 20 }, headers, "GET"),
      );
      const doctors =
        data<{ items: { id: string }[] }>(search ?? { status: 0, json: null })?.items ?? [];
      const doctor = pick(doctors);
      if (doctor) {
        const from = 1 + Math.floor(Math.random() * 20);
        const slots = await timed("slots", () =>
          call(
            baseUrl,
            "directory.slots",
            { doctorId: doctor.id, from: isoDay(from), to: isoDay(from + 6) },
            headers,
            "GET",
          ),
        );
        const found = data<{ serviceId: string | null; slots: { startsAt: string }[] }>(
          slots ?? { status: 0, json: null },
        );
        const slot = found?.slots.length ? pick(found.slots.slice(0, 10)) : undefined;
        if (slot && found?.serviceId) {
          // A retry with the same clientRequestId books once: what a client does after a 503.
          const booking = {
            doctorId: doctor.id,
            serviceId: found.serviceId,
            startsAt: slot.startsAt,
            clientRequestId: crypto.randomUUID(),
          };
          let book = await timed("book", () =>
            call(baseUrl, "appointments.book", booking, headers, "POST"),
          );
          for (let retry = 0; retry < 3 && book?.status === 503; retry++) {
            retries++;
            book = await timed("book", () =>
              call(baseUrl, "appointments.book", booking, headers, "POST"),
            );
          }
          const appointment = data<{ id: string }>(book ?? { status: 0, json: null });
          if (book?.status === 200 && appointment?.id) booked.push(appointment.id);
          else if (book?.status === 409) conflicts++;
          if (book?.status === 200 && !conversations.has(doctor.id)) {
            const started = await timed("startConversation", () =>
              call(
                baseUrl,
                "messages.start",
                {
                  counterpartId: doctor.id,
                  subject: "Load run",
                  body: `hello from ${email} to ${doctor.id}`,
                },
                headers,
                "POST",
              ),
            );
            const conversation = data<{ id: string }>(started ?? { status: 0, json: null });
            if (started?.status === 200 && conversation) {
              conversations.set(doctor.id, conversation.id);
              sent.push(`hello from ${email} to ${doctor.id}`);
            }
          }
        }
      }
      await timed("list", () =>
        call(baseUrl, "appointments.mine", { scope: "all" }, headers, "GET"),
      );
      const conversationId = pick([...conversations.values()]);
      if (conversationId) {
        const body = `load message ${crypto.randomUUID()}`;
        const send = await timed("send", () =>
          call(baseUrl, "messages.send", { conversationId, body }, headers, "POST"),
        );
        if (send?.status === 200) sent.push(body);
      }
      await new Promise((r) => setTimeout(r, thinkMs));
    } while (Date.now() < deadline);
  }

  await Promise.all(emails.map((email, i) => simulatedUser(email, i)));
  const seconds = (Date.now() - startedAt) / 1000;

  // What the database holds for the simulated users.
  const loadUsers = db
    .select({ id: users.id })
    .from(users)
    .where(like(users.email, `%@${LOAD_EMAIL_DOMAIN}`));
  const storedAppointments = await db
    .select({ id: appointments.id })
    .from(appointments)
    .where(inArray(appointments.patientId, loadUsers));
  const storedIds = new Set(storedAppointments.map((a) => a.id));
  const storedMessages = await db
    .select({ body: messages.body })
    .from(messages)
    .where(and(inArray(messages.senderId, loadUsers)));
  const messageCounts = new Map<string, number>();
  for (const m of storedMessages) messageCounts.set(m.body, (messageCounts.get(m.body) ?? 0) + 1);
  const overlaps = Number(
    rowsOf<{ n: number }>(
      await db.execute(sql`
        select count(*)::int as n from appointments a join appointments b
          on a.doctor_id = b.doctor_id and a.id < b.id
         and tstzrange(a.starts_at, a.ends_at) && tstzrange(b.starts_at, b.ends_at)
       where a.status <> 'cancelled' and b.status <> 'cancelled'`),
    )[0]?.n ?? 0,
  );
  const bookings = {
    succeeded: booked.length,
    conflicts,
    stored: storedIds.size,
    duplicates: booked.length - new Set(booked).size,
    overlaps,
    retries,
  };
  const lostBookings = booked.filter((id) => !storedIds.has(id)).length;
  const lostMessages = sent.filter((body) => !messageCounts.has(body)).length;
  const messageDuplicates = [...messageCounts.values()].filter((n) => n > 1).length;
  if (lostBookings) problems.push(`${lostBookings} bookings answered 200 are not stored`);
  if (storedIds.size !== new Set(booked).size)
    problems.push(`${storedIds.size} bookings stored, ${booked.length} answered 200`);
  if (bookings.duplicates) problems.push(`${bookings.duplicates} bookings returned twice`);
  if (overlaps) problems.push(`${overlaps} overlapping live appointments`);
  if (lostMessages) problems.push(`${lostMessages} messages answered 200 are not stored`);
  if (messageDuplicates) problems.push(`${messageDuplicates} messages stored twice`);
  if (storedMessages.length !== sent.length)
    problems.push(`${storedMessages.length} messages stored, ${sent.length} answered 200`);

  const serverErrors = Object.entries(statuses)
    .filter(([status]) => Number(status) >= 500)
    .reduce((sum, [, n]) => sum + n, 0);
  if (serverErrors) problems.push(`${serverErrors} answers were 5xx`);
  if (networkErrors) problems.push(`${networkErrors} requests failed without an answer`);
  const requests = Object.values(statuses).reduce((a, b) => a + b, 0);
  const operations = {} as LoadReport["operations"];
  for (const [operation, list] of latencies) {
    const sorted = list.sort((a, b) => a - b);
    operations[operation] = {
      count: sorted.length,
      p50: Math.round(percentile(sorted, 50)),
      p95: Math.round(percentile(sorted, 95)),
      p99: Math.round(percentile(sorted, 99)),
      max: Math.round(sorted.at(-1) ?? 0),
    };
  }
  return {
    users: emails.length,
    seconds: Math.round(seconds * 10) / 10,
    requests,
    perSecond: Math.round(requests / seconds),
    statuses,
    operations,
    bookings,
    messages: {
      succeeded: sent.length,
      stored: storedMessages.length,
      duplicates: messageDuplicates,
    },
    serverErrors,
    networkErrors,
    problems,
  };
}

/** The figures as a short table for people. */
export function formatLoadReport(report: LoadReport): string {
  const lines = [
    `${report.users} simulated users for ${report.seconds} s: ${report.requests} requests, ${report.perSecond}/s`,
    `statuses: ${Object.entries(report.statuses)
      .map(([s, n]) => `${s}×${n}`)
      .join("  ")}`,
    "operation           count    p50    p95    p99    max (ms)",
    ...Object.entries(report.operations).map(
      ([name, o]) =>
        `${name.padEnd(18)} ${String(o.count).padStart(6)} ${String(o.p50).padStart(6)} ${String(o.p95).padStart(6)} ${String(o.p99).padStart(6)} ${String(o.max).padStart(6)}`,
    ),
    `bookings: ${report.bookings.succeeded} booked (${report.bookings.stored} stored, ${report.bookings.duplicates} duplicated, ${report.bookings.overlaps} overlapping), ${report.bookings.conflicts} lost a race (409), ${report.bookings.retries} retried after a 503`,
    `messages: ${report.messages.succeeded} sent, ${report.messages.stored} stored, ${report.messages.duplicates} duplicated`,
    report.problems.length
      ? `PROBLEMS:\n  ${report.problems.join("\n  ")}`
      : "no 5xx, nothing lost, nothing duplicated",
  ];
  return lines.join("\n");
}
