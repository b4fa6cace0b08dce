import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";

import {
  appointments,
  auditEvents,
  doctorProfiles,
  emailOutbox,
  invoices,
  patientProfiles,
  supportTickets,
  treatmentNotes,
  users,
  type InvoiceStatus,
} from "@resq/db/schema";
import { testDatabaseKind } from "@resq/db/testing";

import {
  failureOf,
  seededTestApi,
  signedInAs,
  signUpAndVerify,
  type TestBrowser,
} from "../../test-support";

const app = seededTestApi();
const idOf = async (email: string) =>
  (await app.db.select({ id: users.id }).from(users).where(eq(users.email, email)))[0]!.id;
const auditsOf = (actorId: string, action: string) =>
  app.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.actorId, actorId), eq(auditEvents.action, action)));

let patient: TestBrowser;
let doctor: TestBrowser;
let admin: TestBrowser;
let fresh: TestBrowser;
let freshId: string;
let doctorId: string;
let sequence = 9000;

async function invoice(
  patientId: string,
  status: InvoiceStatus,
  money: { total: number; paid?: number; refunded?: number; currency?: string },
) {
  sequence += 1;
  await app.db.insert(invoices).values({
    practiceId: doctorId,
    patientId,
    kind: "manual",
    number: `INV-TEST-${sequence}`,
    year: 2026,
    sequence,
    status,
    currency: money.currency ?? "USD",
    totalMinor: money.total,
    paidMinor: money.paid ?? 0,
    refundedMinor: money.refunded ?? 0,
    dueDate: "2026-12-31",
  });
}

beforeAll(async () => {
  patient = await signedInAs(app, "patient@resq.test");
  doctor = await signedInAs(app, "doctor@resq.test");
  admin = await signedInAs(app, "admin@resq.test");
  fresh = await signUpAndVerify(app, {
    role: "patient",
    email: "dash-patient@example.org",
    name: "Dana Dash",
  });
  freshId = await idOf("dash-patient@example.org");
  doctorId = await idOf("doctor@resq.test");
});

describe(`dashboard figures on ${testDatabaseKind()}`, () => {
  it("gives a new patient nothing owed and every profile part missing, then the real figures", async () => {
    const empty = await (await fresh.api()).dashboard.patient();
    expect(empty.balanceDue).toEqual([]);
    expect(empty.profile).toEqual({
      missing: ["date of birth", "phone number", "address", "emergency contact", "time zone"],
      percent: 0,
    });

    // Open invoices count their balance (total − paid + refunded); paid, void and draft do not.
    await invoice(freshId, "open", { total: 12_500 });
    await invoice(freshId, "open", { total: 10_000, paid: 6_000, refunded: 1_000 });
    await invoice(freshId, "open", { total: 3_000, currency: "EUR" });
    await invoice(freshId, "paid", { total: 4_000, paid: 4_000, refunded: 500 });
    await invoice(freshId, "void", { total: 7_700 });
    await invoice(freshId, "draft", { total: 8_800 });
    // Another patient's debt is not theirs.
    await invoice(await idOf("patient2@resq.test"), "open", { total: 99_900 });
    await app.db
      .update(patientProfiles)
      .set({ dateOfBirth: "1990-04-02", phone: "+1 555 0100", timeZone: "Europe/Madrid" })
      .where(eq(patientProfiles.userId, freshId));

    const figures = await (await fresh.api()).dashboard.patient();
    expect(figures.balanceDue).toEqual([
      { currency: "EUR", balanceMinor: 3_000, invoices: 1 },
      { currency: "USD", balanceMinor: 17_500, invoices: 2 },
    ]);
    expect(figures.profile).toEqual({ missing: ["address", "emergency contact"], percent: 60 });
    // A financial read: audited, with no amounts in the trail.
    const trail = await auditsOf(freshId, "dashboard.patient_read");
    expect(trail).toHaveLength(2);
    expect(trail[1]?.details).toEqual({ openInvoices: 3 });
  });

  it("lists a doctor's own draft notes, oldest first, and not signed ones or other doctors'", async () => {
    const before = await (await doctor.api()).dashboard.doctor();
    const otherDoctorId = await idOf("doctor2@resq.test");
    const old = new Date(Date.now() - 3 * 86_400_000);
    const [oldest] = await app.db
      .insert(treatmentNotes)
      .values({
        patientId: freshId,
        doctorId,
        status: "draft",
        bodyCiphertext: "x",
        createdAt: new Date(0),
        updatedAt: old,
      })
      .returning();
    await app.db.insert(treatmentNotes).values([
      { patientId: freshId, doctorId, status: "draft", bodyCiphertext: "x" },
      { patientId: freshId, doctorId, status: "signed", bodyCiphertext: "x", signedAt: old },
      { patientId: freshId, doctorId: otherDoctorId, status: "draft", bodyCiphertext: "x" },
    ]);

    const after = await (await doctor.api()).dashboard.doctor();
    expect(after.notesToSign.total).toBe(before.notesToSign.total + 2);
    expect(after.notesToSign.items[0]).toMatchObject({
      id: oldest!.id,
      patientId: freshId,
      patientName: "Dana Dash",
    });
    expect(after.notesToSign.items.length).toBeLessThanOrEqual(5);
    const trail = await auditsOf(doctorId, "dashboard.doctor_read");
    expect(trail.at(-1)?.details).toEqual({ draftNotes: after.notesToSign.total });
  });

  it("counts the admin's key figures from the data", async () => {
    const before = await (await admin.api()).dashboard.admin();
    const roleCounts = async (role: "patient" | "doctor" | "admin") =>
      (await app.db.select().from(users).where(eq(users.role, role))).filter(
        (u) => u.status !== "deleted",
      ).length;
    expect(before.usersByRole).toEqual({
      patient: await roleCounts("patient"),
      doctor: await roleCounts("doctor"),
      admin: await roleCounts("admin"),
    });

    // One more of each: a pending doctor, an open ticket, a booking made today (a hold and one
    // made yesterday do not count), a failed email; a deleted patient leaves the user count.
    await signUpAndVerify(app, { role: "doctor", email: "dash-doctor@example.org" });
    await app.db
      .update(doctorProfiles)
      .set({ verificationStatus: "pending", submittedAt: new Date() })
      .where(eq(doctorProfiles.userId, await idOf("dash-doctor@example.org")));
    await app.db.insert(supportTickets).values([
      {
        requesterId: freshId,
        requesterRole: "patient",
        category: "other",
        subject: "Help",
        status: "open",
      },
      {
        requesterId: freshId,
        requesterRole: "patient",
        category: "other",
        subject: "Done",
        status: "closed",
      },
    ]);
    const far = Date.now() + 400 * 86_400_000;
    const slot = (days: number) => ({
      startsAt: new Date(far + days * 86_400_000),
      endsAt: new Date(far + days * 86_400_000 + 1_800_000),
    });
    await app.db.insert(appointments).values([
      { doctorId, patientId: freshId, ...slot(0) },
      { doctorId, patientId: freshId, status: "held", ...slot(1) },
      {
        doctorId,
        patientId: freshId,
        ...slot(2),
        createdAt: new Date(Date.now() - 2 * 86_400_000),
      },
    ]);
    await app.db.insert(emailOutbox).values({
      toAddress: "nobody@example.org",
      subject: "Bounce",
      textBody: "x",
      kind: "test",
      status: "failed",
    });
    await app.db
      .update(users)
      .set({ status: "deleted" })
      .where(eq(users.email, "dash-patient@example.org"));

    const after = await (await admin.api()).dashboard.admin();
    expect(after).toEqual({
      usersByRole: {
        ...before.usersByRole,
        patient: before.usersByRole.patient - 1,
        doctor: before.usersByRole.doctor + 1,
      },
      doctorsAwaitingVerification: before.doctorsAwaitingVerification + 1,
      openSupportRequests: before.openSupportRequests + 1,
      bookingsToday: before.bookingsToday + 1,
      failedEmails: before.failedEmails + 1,
    });
  });

  it("refuses each figure to the other roles and to strangers", async () => {
    // Each call is made inside failureOf, so none is left rejecting unawaited.
    const [asPatient, asDoctor, asAdmin, anonymous] = await Promise.all([
      patient.api(),
      doctor.api(),
      admin.api(),
      app.browser().api(),
    ]);
    const refused = [
      () => asDoctor.dashboard.patient(),
      () => asAdmin.dashboard.patient(),
      () => asPatient.dashboard.doctor(),
      () => asAdmin.dashboard.doctor(),
      () => asPatient.dashboard.admin(),
      () => asDoctor.dashboard.admin(),
    ];
    for (const call of refused) expect((await failureOf(call())).code).toBe("FORBIDDEN");
    const strangers = [
      () => anonymous.dashboard.patient(),
      () => anonymous.dashboard.doctor(),
      () => anonymous.dashboard.admin(),
    ];
    for (const call of strangers) expect((await failureOf(call())).code).toBe("UNAUTHORIZED");
  });
});
