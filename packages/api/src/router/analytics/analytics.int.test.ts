import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";

import {
  appointments,
  conversations,
  doctorProfiles,
  messages,
  patientProfiles,
  productEvents,
  supportTickets,
  totpCredentials,
  users,
} from "@resq/db/schema";
import { testDatabaseKind } from "@resq/db/testing";

import { failureOf, seededTestApi, signedInAs, type TestBrowser } from "../../test-support";

/*
 * A small world in March 2025 (before any demo account existed), so every expected figure is
 * exact: 3 patients and 1 doctor sign up over two weeks, book, cancel, miss a visit, message,
 * sign in, download, pay and ask support for help.
 */
const app = seededTestApi();
const at = (iso: string) => new Date(iso);
const RANGE = { from: "2025-03-03", to: "2025-03-16" };

let admin: TestBrowser;
let p1: string;
let p2: string;
let p3: string;
let d1: string;

async function user(
  email: string,
  role: "patient" | "doctor",
  createdAt: string,
  verified: boolean,
) {
  const [row] = await app.db
    .insert(users)
    .values({
      email,
      name: email,
      role,
      createdAt: at(createdAt),
      emailVerifiedAt: verified ? at(createdAt) : null,
    })
    .returning({ id: users.id });
  return row!.id;
}

async function appointment(values: {
  patientId: string;
  createdAt: string;
  startsAt: string;
  status?: "booked" | "cancelled" | "no_show" | "held";
  cancelledAt?: string;
}) {
  const startsAt = at(values.startsAt);
  await app.db.insert(appointments).values({
    doctorId: d1,
    patientId: values.patientId,
    startsAt,
    endsAt: new Date(startsAt.getTime() + 30 * 60_000),
    status: values.status ?? "booked",
    createdAt: at(values.createdAt),
    cancelledAt: values.cancelledAt ? at(values.cancelledAt) : null,
    holdExpiresAt: values.status === "held" ? at(values.createdAt) : null,
  });
}

beforeAll(async () => {
  admin = await signedInAs(app, "admin@resq.test");
  p1 = await user("p1@analytics.test", "patient", "2025-03-03T10:00:00Z", true);
  p2 = await user("p2@analytics.test", "patient", "2025-03-04T23:30:00Z", true);
  p3 = await user("p3@analytics.test", "patient", "2025-03-11T08:00:00Z", false);
  d1 = await user("d1@analytics.test", "doctor", "2025-03-05T09:00:00Z", true);
  await app.db
    .insert(patientProfiles)
    .values([{ userId: p1, dateOfBirth: "1980-01-01" }, { userId: p2 }, { userId: p3 }]);
  await app.db
    .insert(doctorProfiles)
    .values({ userId: d1, displayName: "Dr. Funnel", submittedAt: at("2025-03-06T09:00:00Z") });

  // Booked 2 on the 5th (a waitlist hold that day does not count), cancelled 1 on the 7th,
  // a no-show on the 6th (booked before the range).
  await appointment({
    patientId: p1,
    createdAt: "2025-03-05T10:00:00Z",
    startsAt: "2025-03-20T14:00:00Z",
  });
  await appointment({
    patientId: p1,
    createdAt: "2025-03-05T11:00:00Z",
    startsAt: "2025-03-21T14:00:00Z",
    status: "cancelled",
    cancelledAt: "2025-03-07T12:00:00Z",
  });
  await appointment({
    patientId: p1,
    createdAt: "2025-03-01T11:00:00Z",
    startsAt: "2025-03-06T15:00:00Z",
    status: "no_show",
  });
  await appointment({
    patientId: p1,
    createdAt: "2025-03-05T12:00:00Z",
    startsAt: "2025-03-22T14:00:00Z",
    status: "held",
  });

  const [conversation] = await app.db
    .insert(conversations)
    .values({ patientId: p1, doctorId: d1, subject: "Hello" })
    .returning({ id: conversations.id });
  await app.db.insert(messages).values([
    {
      conversationId: conversation!.id,
      senderId: p1,
      body: "a",
      createdAt: at("2025-03-05T10:05:00Z"),
    },
    {
      conversationId: conversation!.id,
      senderId: d1,
      body: "b",
      createdAt: at("2025-03-05T16:00:00Z"),
    },
    {
      conversationId: conversation!.id,
      senderId: p1,
      body: "c",
      createdAt: at("2025-03-12T09:00:00Z"),
    },
  ]);

  await app.db.insert(productEvents).values([
    {
      kind: "session.started",
      userId: p1,
      role: "patient",
      occurredAt: at("2025-03-05T09:00:00Z"),
    },
    {
      kind: "session.started",
      userId: p2,
      role: "patient",
      occurredAt: at("2025-03-05T09:30:00Z"),
    },
    {
      kind: "session.started",
      userId: p1,
      role: "patient",
      occurredAt: at("2025-03-06T09:00:00Z"),
    },
    {
      kind: "record.downloaded",
      userId: p1,
      role: "patient",
      occurredAt: at("2025-03-06T09:10:00Z"),
    },
    {
      kind: "payment.succeeded",
      userId: p1,
      role: "patient",
      occurredAt: at("2025-03-07T09:00:00Z"),
    },
    // Outside the range: not counted anywhere.
    {
      kind: "session.started",
      userId: p2,
      role: "patient",
      occurredAt: at("2025-03-17T00:00:00Z"),
    },
  ]);
  await app.db.insert(totpCredentials).values({
    userId: p1,
    secretCiphertext: "not-a-real-secret",
    confirmedAt: at("2025-03-04T00:00:00Z"),
  });

  // Answered after 2 and 4 hours; one still waiting.
  const ticket = (requesterId: string, createdAt: string, answeredAfterHours: number | null) => ({
    requesterId,
    requesterRole: "patient" as const,
    category: "other" as const,
    subject: "Help",
    createdAt: at(createdAt),
    firstAnsweredAt:
      answeredAfterHours === null
        ? null
        : new Date(at(createdAt).getTime() + answeredAfterHours * 3_600_000),
  });
  await app.db
    .insert(supportTickets)
    .values([
      ticket(p1, "2025-03-05T08:00:00Z", 2),
      ticket(p2, "2025-03-06T08:00:00Z", 4),
      ticket(p1, "2025-03-07T08:00:00Z", null),
    ]);
});

describe(`usage analytics on ${testDatabaseKind()}`, () => {
  it("shapes the onboarding funnel by role and sign-up week", async () => {
    const funnel = await (await admin.api()).analytics.funnel(RANGE);
    const counts = (role: string) =>
      funnel.byRole.find((r) => r.role === role)?.stages.map((s) => s.count);
    expect(counts("patient")).toEqual([3, 2, 1, 1]);
    expect(counts("doctor")).toEqual([1, 1, 1, 1]);
    expect(funnel.byWeek.map((w) => [w.week, w.role, ...w.stages.map((s) => s.count)])).toEqual([
      ["2025-03-03", "patient", 2, 2, 1, 1],
      ["2025-03-03", "doctor", 1, 1, 1, 1],
      ["2025-03-10", "patient", 1, 0, 0, 0],
    ]);
    // A narrower range keeps only that range's sign-ups.
    const firstDay = await (
      await admin.api()
    ).analytics.funnel({ from: "2025-03-03", to: "2025-03-03" });
    expect(firstDay.byRole.map((r) => r.stages[0]?.count)).toEqual([1, 0]);
  });

  it("counts bookings, cancellations and no-shows per day, with empty days as 0", async () => {
    const days = await (
      await admin.api()
    ).analytics.appointments({ from: "2025-03-04", to: "2025-03-08" });
    expect(days).toEqual([
      { day: "2025-03-04", bookings: 0, cancellations: 0, noShows: 0 },
      { day: "2025-03-05", bookings: 2, cancellations: 0, noShows: 0 },
      { day: "2025-03-06", bookings: 0, cancellations: 0, noShows: 1 },
      { day: "2025-03-07", bookings: 0, cancellations: 1, noShows: 0 },
      { day: "2025-03-08", bookings: 0, cancellations: 0, noShows: 0 },
    ]);
  });

  it("counts distinct active users per day and per week, and messages per day", async () => {
    const active = await (await admin.api()).analytics.activeUsers(RANGE);
    expect(active.daily).toHaveLength(14);
    expect(active.daily.slice(0, 6)).toEqual([
      { day: "2025-03-03", users: 0 },
      { day: "2025-03-04", users: 0 },
      { day: "2025-03-05", users: 3 }, // p1 (sign-in, message, bookings), p2 (sign-in), d1 (message)
      { day: "2025-03-06", users: 1 },
      { day: "2025-03-07", users: 1 }, // p1 paid
      { day: "2025-03-08", users: 0 },
    ]);
    expect(active.weekly).toEqual([
      { week: "2025-03-03", users: 3 },
      { week: "2025-03-10", users: 1 },
    ]);
    const sent = await (
      await admin.api()
    ).analytics.messages({ from: "2025-03-05", to: "2025-03-06" });
    expect(sent).toEqual([
      { day: "2025-03-05", messages: 2 },
      { day: "2025-03-06", messages: 0 },
    ]);
  });

  it("measures feature adoption among the patients and doctors of the time", async () => {
    const adoption = await (await admin.api()).analytics.adoption(RANGE);
    expect(adoption.users).toBe(4);
    expect(adoption.features.map((f) => [f.key, f.users, f.percent])).toEqual([
      ["mfa", 1, 25],
      ["messaging", 2, 50],
      ["records", 1, 25],
      ["payments", 1, 25],
    ]);
  });

  it("gives support volume per day and the time to a first answer", async () => {
    const support = await (
      await admin.api()
    ).analytics.support({ from: "2025-03-05", to: "2025-03-08" });
    expect(support.daily.map((d) => d.tickets)).toEqual([1, 1, 1, 0]);
    expect(support).toMatchObject({
      opened: 3,
      answered: 2,
      waiting: 1,
      medianHoursToFirstAnswer: 3,
      meanHoursToFirstAnswer: 3,
    });
    const quiet = await (
      await admin.api()
    ).analytics.support({ from: "2025-01-01", to: "2025-01-02" });
    expect(quiet).toMatchObject({ opened: 0, medianHoursToFirstAnswer: null });
  });

  it("is for admins only: patients and doctors 403, anonymous 401", async () => {
    const patient = await signedInAs(app, "patient@resq.test");
    const doctor = await signedInAs(app, "doctor@resq.test");
    for (const browser of [patient, doctor]) {
      const api = await browser.api();
      for (const call of [
        api.analytics.funnel(RANGE),
        api.analytics.activeUsers(RANGE),
        api.analytics.appointments(RANGE),
        api.analytics.messages(RANGE),
        api.analytics.adoption(RANGE),
        api.analytics.support(RANGE),
      ])
        expect((await failureOf(call)).code).toBe("FORBIDDEN");
    }
    expect((await failureOf((await app.browser().api()).analytics.funnel(RANGE))).code).toBe(
      "UNAUTHORIZED",
    );
  });

  it("refuses a bad range with 400 naming the field", async () => {
    const api = await admin.api();
    expect(
      await failureOf(api.analytics.appointments({ from: "2025-02-30", to: "2025-03-08" })),
    ).toMatchObject({ code: "BAD_REQUEST", fields: { from: "Give a date as YYYY-MM-DD." } });
    expect(
      await failureOf(api.analytics.appointments({ from: "2025-03-08", to: "2025-03-01" })),
    ).toMatchObject({ code: "BAD_REQUEST", fields: { to: "The end is before the start." } });
    expect(
      (await failureOf(api.analytics.activeUsers({ from: "2020-01-01", to: "2025-01-01" }))).fields,
    ).toHaveProperty("to");
  });

  it("records product events for sign-ins and record downloads, with no personal data", async () => {
    const patient = await signedInAs(app, "patient@resq.test");
    const [patientRow] = await app.db
      .select({ id: users.id })
      .from(users)
      .where(eq(users.email, "patient@resq.test"));
    await (await patient.api()).records.exportFhir({});
    const events = await app.db
      .select()
      .from(productEvents)
      .where(and(eq(productEvents.userId, patientRow!.id)));
    expect(events.map((e) => [e.kind, e.role, e.properties]).sort()).toEqual(
      [
        ["record.downloaded", "patient", { format: "fhir" }],
        // Two sign-ins: this test's and the denial test's.
        ["session.started", "patient", { via: "web" }],
        ["session.started", "patient", { via: "web" }],
      ].sort(),
    );
    const today = new Date().toISOString().slice(0, 10);
    const adoption = await (await admin.api()).analytics.adoption({ from: today, to: today });
    expect(adoption.features.find((f) => f.key === "records")?.users).toBe(1);
  });
});
