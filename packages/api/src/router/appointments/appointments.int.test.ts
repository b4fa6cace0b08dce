import { and, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";

import {
  appointmentReminders,
  appointments,
  doctorProfiles,
  emailOutbox,
  notifications,
  systemSettings,
  users,
} from "@resq/db/schema";
import { rowsOf } from "@resq/db/client";
import { testDatabaseKind } from "@resq/db/testing";

import { sendAppointmentReminder } from "../../appointments/reminders";
import { startJobs } from "../../jobs";
import { outboxTransport } from "../../email/outbox";
import { refreshAllNextAvailable } from "../../providers/schedule";
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
const day = (offset: number) =>
  new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

let doctorId: string;
let consultationId: string;
let patient: TestBrowser;
let patient2: TestBrowser;

beforeAll(async () => {
  await refreshAllNextAvailable(app.db);
  doctorId = await idOf("doctor@resq.test");
  const profile = await (await app.browser().api()).directory.doctor({ id: doctorId });
  consultationId = profile.services.find((s) => s.durationMinutes === 30)!.id;
  patient = await signedInAs(app, "patient@resq.test");
  patient2 = await signedInAs(app, "patient2@resq.test");
});

/** Free consultation slots of the demo cardiologist over the next days. */
async function freeSlots(fromDay = 1, toDay = 10) {
  return (
    await (
      await app.browser().api()
    ).directory.slots({ doctorId, serviceId: consultationId, from: day(fromDay), to: day(toDay) })
  ).slots;
}
const bookAs = async (
  browser: TestBrowser,
  startsAt: Date,
  clientRequestId = crypto.randomUUID(),
) =>
  (await browser.api()).appointments.book({
    doctorId,
    serviceId: consultationId,
    startsAt,
    reason: "Chest tightness when climbing stairs",
    clientRequestId,
  });

describe(`booking on ${testDatabaseKind()}`, () => {
  it("books exactly one of 50 parallel attempts at one slot; every other caller gets 409, never 500", async () => {
    const others = await Promise.all(
      [1, 2, 3].map((i) =>
        signUpAndVerify(app, { role: "patient", email: `racer${i}@example.org` }),
      ),
    );
    const racers = [patient, patient2, ...others];
    const [slot] = await freeSlots(2, 6);
    const outcomes = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        bookAs(racers[i % racers.length]!, slot!.startsAt).then(
          () => "booked",
          (error: { code: string; appCode?: string }) => `${error.code}:${error.appCode}`,
        ),
      ),
    );
    expect(outcomes.filter((o) => o === "booked")).toHaveLength(1);
    expect(
      outcomes.filter((o) => o !== "booked").every((o) => o === "CONFLICT:SLOT_UNAVAILABLE"),
    ).toBe(true);
    const rows = await app.db
      .select()
      .from(appointments)
      .where(and(eq(appointments.doctorId, doctorId), eq(appointments.startsAt, slot!.startsAt)));
    expect(rows).toHaveLength(1);
  });

  it("books once for a retried request with the same client request id", async () => {
    const [, slot] = await freeSlots(2, 6);
    const requestId = crypto.randomUUID();
    const first = await bookAs(patient, slot!.startsAt, requestId);
    const retry = await bookAs(patient, slot!.startsAt, requestId);
    expect(retry.id).toBe(first.id);
    expect(
      await app.db.select().from(appointments).where(eq(appointments.clientRequestId, requestId)),
    ).toHaveLength(1);
    expect(first).toMatchObject({ status: "booked", doctorId, serviceId: consultationId });
    expect(first.endsAt.getTime() - first.startsAt.getTime()).toBe(30 * 60_000);
  });

  it("confirms by email with an .ics file, tells both sides in-app, and audits", async () => {
    const [slot] = await freeSlots(3, 6);
    const booked = await bookAs(patient2, slot!.startsAt);
    const [email] = await app.db
      .select()
      .from(emailOutbox)
      .where(
        and(
          eq(emailOutbox.toAddress, "patient2@resq.test"),
          eq(emailOutbox.kind, "appointment-booked"),
        ),
      );
    expect(email?.textBody).not.toContain("Chest tightness");
    const attachments = email?.attachments as { filename: string; content: string }[];
    expect(attachments[0]?.filename).toBe("appointment.ics");
    expect(attachments[0]?.content).toContain("BEGIN:VEVENT");
    const notes = await app.db
      .select()
      .from(notifications)
      .where(eq(notifications.kind, "appointment.booked"));
    expect(notes.map((n) => n.userId)).toEqual(
      expect.arrayContaining([doctorId, await idOf("patient2@resq.test")]),
    );
    const [event] = rowsOf(
      await app.db.execute(
        sql`select action, patient_id from audit_events where record_id = ${booked.id}`,
      ),
    );
    expect(event).toMatchObject({ action: "appointment.booked" });
  });

  it("offers the nearest free times when a slot is taken, and refuses times that were never free", async () => {
    const [slot] = await freeSlots(4, 8);
    await bookAs(patient, slot!.startsAt);
    const taken = await failureOf(bookAs(patient2, slot!.startsAt));
    expect(taken).toMatchObject({ code: "CONFLICT", appCode: "SLOT_UNAVAILABLE" });
    const error = await bookAs(patient2, slot!.startsAt).catch(
      (e: { details?: { alternatives?: { startsAt: string }[] } }) => e,
    );
    expect(
      (error as { details: { alternatives: unknown[] } }).details.alternatives.length,
    ).toBeGreaterThan(0);
    const threeAm = new Date(`${day(5)}T08:00:00Z`); // 03:00 or 04:00 in New York: outside the hours
    expect((await failureOf(bookAs(patient2, threeAm))).appCode).toBe("SLOT_UNAVAILABLE");
  });

  it("lets only patients book, with valid input, and writes nothing otherwise", async () => {
    const [slot] = await freeSlots(5, 9);
    const before = (await app.db.select().from(appointments)).length;
    expect(
      (
        await failureOf(
          (await app.browser().api()).appointments.book({
            doctorId,
            serviceId: consultationId,
            startsAt: slot!.startsAt,
            clientRequestId: crypto.randomUUID(),
          }),
        )
      ).code,
    ).toBe("UNAUTHORIZED");
    for (const email of ["doctor@resq.test", "doctor2@resq.test", "admin@resq.test"]) {
      const api = await (await signedInAs(app, email)).api();
      expect(
        (
          await failureOf(
            api.appointments.book({
              doctorId,
              serviceId: consultationId,
              startsAt: slot!.startsAt,
              clientRequestId: crypto.randomUUID(),
            }),
          )
        ).code,
      ).toBe("FORBIDDEN");
    }
    const bad = await failureOf(
      (await patient.api()).appointments.book({
        doctorId,
        serviceId: "nope",
        startsAt: slot!.startsAt,
        clientRequestId: crypto.randomUUID(),
      }),
    );
    expect(bad.fields).toHaveProperty("serviceId");
    const pending = await idOf("pending@resq.test");
    expect(
      (
        await failureOf(
          (await patient.api()).appointments.book({
            doctorId: pending,
            serviceId: consultationId,
            startsAt: slot!.startsAt,
            clientRequestId: crypto.randomUUID(),
          }),
        )
      ).code,
    ).toBe("NOT_FOUND");
    expect((await app.db.select().from(appointments)).length).toBe(before);
  });
});

describe(`managing appointments on ${testDatabaseKind()}`, () => {
  it("hides other people's appointments (404), for reading and for cancelling", async () => {
    const [slot] = await freeSlots(6, 9);
    const mine = await bookAs(patient, slot!.startsAt);
    const stranger = (await patient2.api()).appointments;
    expect((await failureOf(stranger.get({ id: mine.id }))).code).toBe("NOT_FOUND");
    expect((await failureOf(stranger.cancel({ id: mine.id }))).code).toBe("NOT_FOUND");
    const otherDoctor = await (await signedInAs(app, "doctor2@resq.test")).api();
    expect((await failureOf(otherDoctor.appointments.get({ id: mine.id }))).code).toBe("NOT_FOUND");
    expect((await (await patient.api()).appointments.get({ id: mine.id })).status).toBe("booked");
    const theDoctor = await (await signedInAs(app, "doctor@resq.test")).api();
    expect((await theDoctor.appointments.get({ id: mine.id })).patientName).toBe("Alex Rivera");
    expect(
      (await (await patient.api()).appointments.mine({ scope: "upcoming" })).map((a) => a.id),
    ).toContain(mine.id);
  });

  it("marks a cancellation inside the doctor's window as late, with the fee, and says so beforehand", async () => {
    await app.db
      .update(doctorProfiles)
      .set({ cancellationWindowHours: 24 * 30, lateCancellationFeeMinor: 5000 })
      .where(eq(doctorProfiles.userId, doctorId));
    try {
      const [slot] = await freeSlots(2, 9);
      const booked = await bookAs(patient, slot!.startsAt);
      const preview = await (
        await patient.api()
      ).appointments.cancellationPreview({ id: booked.id });
      expect(preview).toMatchObject({ late: true, feeMinor: 5000, currency: "USD" });
      const cancelled = await (await patient.api()).appointments.cancel({ id: booked.id });
      expect(cancelled).toMatchObject({
        status: "cancelled",
        lateCancellation: true,
        feeMinor: 5000,
      });
      // The time is free again at once.
      expect((await freeSlots(2, 9)).map((s) => s.startsAt.getTime())).toContain(
        slot!.startsAt.getTime(),
      );
    } finally {
      await app.db
        .update(doctorProfiles)
        .set({ cancellationWindowHours: 0, lateCancellationFeeMinor: 5000 })
        .where(eq(doctorProfiles.userId, doctorId));
    }
    const [slot] = await freeSlots(2, 9);
    const booked = await bookAs(patient, slot!.startsAt);
    expect(await (await patient.api()).appointments.cancel({ id: booked.id })).toMatchObject({
      lateCancellation: false,
      feeMinor: null,
    });
  });

  it("requires a reason when the doctor cancels, and tells the patient", async () => {
    const [slot] = await freeSlots(7, 10);
    const booked = await bookAs(patient2, slot!.startsAt);
    const doctor = await (await signedInAs(app, "doctor@resq.test")).api();
    expect((await failureOf(doctor.appointments.cancel({ id: booked.id }))).appCode).toBe(
      "REASON_REQUIRED",
    );
    await doctor.appointments.cancel({
      id: booked.id,
      reason: "The clinic is closed for a training day.",
    });
    const [email] = await app.db
      .select()
      .from(emailOutbox)
      .where(
        and(
          eq(emailOutbox.toAddress, "patient2@resq.test"),
          eq(emailOutbox.kind, "appointment-cancelled"),
        ),
      );
    expect(email?.textBody).toContain("training day");
    expect(email?.textBody).toContain("waitlist");
  });

  it("reschedules in one transaction, and leaves the original intact when the new time fails", async () => {
    const slots = await freeSlots(3, 9);
    const original = await bookAs(patient, slots[0]!.startsAt);
    const moved = await (
      await patient.api()
    ).appointments.reschedule({ id: original.id, startsAt: slots[1]!.startsAt });
    expect(moved.startsAt.getTime()).toBe(slots[1]!.startsAt.getTime());
    const [old] = await app.db.select().from(appointments).where(eq(appointments.id, original.id));
    expect(old).toMatchObject({ status: "cancelled", rescheduledToId: moved.id });

    // To a taken time: refused with alternatives, nothing changed.
    const blocker = await bookAs(patient2, slots[2]!.startsAt);
    expect(
      (
        await failureOf(
          (await patient.api()).appointments.reschedule({
            id: moved.id,
            startsAt: blocker.startsAt,
          }),
        )
      ).appCode,
    ).toBe("SLOT_UNAVAILABLE");
    expect(
      (await app.db.select().from(appointments).where(eq(appointments.id, moved.id)))[0]?.status,
    ).toBe("booked");

    // A failure after the old time was freed (forced by a trigger) rolls everything back.
    await app.db.execute(
      sql`create or replace function fail_insert() returns trigger language plpgsql as $$ begin raise exception 'forced failure'; end $$`,
    );
    await app.db.execute(
      sql`create trigger fail_insert before insert on appointments for each row when (new.reason = 'FORCE-FAIL') execute function fail_insert()`,
    );
    try {
      await app.db
        .update(appointments)
        .set({ reason: "FORCE-FAIL" })
        .where(eq(appointments.id, moved.id));
      const failed = await failureOf(
        (await patient.api()).appointments.reschedule({
          id: moved.id,
          startsAt: slots[3]!.startsAt,
        }),
      );
      expect(failed.code).toBe("INTERNAL_SERVER_ERROR");
      const [still] = await app.db.select().from(appointments).where(eq(appointments.id, moved.id));
      expect(still).toMatchObject({ status: "booked", rescheduledToId: null });
      expect(still?.startsAt.getTime()).toBe(slots[1]!.startsAt.getTime());
      expect(
        await app.db
          .select()
          .from(appointments)
          .where(
            and(eq(appointments.doctorId, doctorId), eq(appointments.startsAt, slots[3]!.startsAt)),
          ),
      ).toHaveLength(0);
    } finally {
      await app.db.execute(sql`drop trigger fail_insert on appointments`);
    }
  });

  it("exports an .ics without clinical detail", async () => {
    const [slot] = await freeSlots(8, 10);
    const booked = await bookAs(patient, slot!.startsAt);
    const file = await (await patient.api()).appointments.ics({ id: booked.id });
    expect(file.content).toContain("BEGIN:VCALENDAR");
    expect(file.content).toContain("Consultation with Dr. Maya Chen");
    expect(file.content).not.toContain("Chest tightness");
    expect((await failureOf((await patient2.api()).appointments.ics({ id: booked.id }))).code).toBe(
      "NOT_FOUND",
    );
  });
});

describe(`reminders on ${testDatabaseKind()}`, () => {
  it("sends each reminder once, and none for a cancelled or moved appointment", async () => {
    const slots = await freeSlots(4, 9);
    const booked = await bookAs(patient2, slots[0]!.startsAt);
    const job = {
      appointmentId: booked.id,
      hoursBefore: 24,
      startsAt: booked.startsAt.toISOString(),
    };
    expect(await sendAppointmentReminder(app.db, job, "http://localhost")).toBe(true);
    expect(await sendAppointmentReminder(app.db, job, "http://localhost")).toBe(false);
    expect(
      await app.db
        .select()
        .from(appointmentReminders)
        .where(eq(appointmentReminders.appointmentId, booked.id)),
    ).toHaveLength(1);

    const moved = await (
      await patient2.api()
    ).appointments.reschedule({ id: booked.id, startsAt: slots[1]!.startsAt });
    expect(
      await sendAppointmentReminder(
        app.db,
        { ...job, appointmentId: moved.id, hoursBefore: 2 },
        "http://localhost",
      ),
    ).toBe(false); // old time
    await (await patient2.api()).appointments.cancel({ id: moved.id });
    expect(
      await sendAppointmentReminder(
        app.db,
        { appointmentId: moved.id, hoursBefore: 2, startsAt: moved.startsAt.toISOString() },
        "http://localhost",
      ),
    ).toBe(false);
  });

  it("keeps a scheduled reminder across a restart of the workers", async () => {
    // An appointment an hour and a few seconds away, with reminders one hour before.
    await app.db
      .insert(systemSettings)
      .values({ key: "booking.reminderHoursBefore", value: [1] })
      .onConflictDoUpdate({ target: systemSettings.key, set: { value: [1] } });
    const startsAt = new Date(Date.now() + 3_600_000 + 4_000);
    const [row] = await app.db
      .insert(appointments)
      .values({
        doctorId,
        patientId: await idOf("patient2@resq.test"),
        serviceId: consultationId,
        startsAt,
        endsAt: new Date(startsAt.getTime() + 30 * 60_000),
      })
      .returning();
    const first = await startJobs(app.database, {
      transport: outboxTransport,
      pollingIntervalSeconds: 0.5,
    });
    await first.scheduleReminders(row!.id, startsAt);
    await first.stop();

    const second = await startJobs(app.database, {
      transport: outboxTransport,
      pollingIntervalSeconds: 0.5,
    });
    try {
      const deadline = Date.now() + 20_000;
      let sent: unknown[] = [];
      while (Date.now() < deadline && sent.length === 0) {
        await new Promise((resolve) => setTimeout(resolve, 500));
        sent = await app.db
          .select()
          .from(appointmentReminders)
          .where(eq(appointmentReminders.appointmentId, row!.id));
      }
      expect(sent).toHaveLength(1);
    } finally {
      await second.stop();
      await app.db
        .delete(systemSettings)
        .where(eq(systemSettings.key, "booking.reminderHoursBefore"));
    }
  });
});

describe(`the directory's next available time on ${testDatabaseKind()}`, () => {
  const nextAvailable = async () =>
    (
      await app.db
        .select({ next: doctorProfiles.nextAvailableAt })
        .from(doctorProfiles)
        .where(eq(doctorProfiles.userId, doctorId))
    )[0]?.next ?? null;

  it("moves on when a booking takes it, and stays when a booking lands days later", async () => {
    const offered = await (
      await app.browser().api()
    ).directory.slots({ doctorId, from: day(0), to: day(13) });
    const serviceId = offered.serviceId!;
    const before = await nextAvailable();
    expect(before?.getTime()).toBe(offered.slots[0]?.startsAt.getTime());

    const book = async (startsAt: Date) =>
      (await patient2.api()).appointments.book({
        doctorId,
        serviceId,
        startsAt,
        clientRequestId: crypto.randomUUID(),
      });
    await book(before!);
    const moved = await nextAvailable();
    expect(moved!.getTime()).toBeGreaterThan(before!.getTime());

    const later = offered.slots.find(
      (slot) => slot.startsAt.getTime() >= moved!.getTime() + 3 * 86_400_000,
    );
    await book(later!.startsAt);
    expect((await nextAvailable())?.getTime()).toBe(moved!.getTime());
  });
});
