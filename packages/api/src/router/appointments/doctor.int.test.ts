import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";

import { appointments, users } from "@resq/db/schema";
import { testDatabaseKind } from "@resq/db/testing";

import { refreshAllNextAvailable } from "../../providers/schedule";
import { failureOf, seededTestApi, signedInAs } from "../../test-support";

const app = seededTestApi();
const idOf = async (email: string) =>
  (await app.db.select({ id: users.id }).from(users).where(eq(users.email, email)))[0]!.id;

beforeAll(async () => {
  await refreshAllNextAvailable(app.db);
});

describe(`the doctor's schedule on ${testDatabaseKind()}`, () => {
  it("shows the doctor's own visits with the patient and reason, and lets them mark outcomes", async () => {
    const doctorId = await idOf("doctor@resq.test");
    const patientId = await idOf("patient@resq.test");
    // A visit that started an hour ago (inserted directly: bookings cannot be in the past).
    const startsAt = new Date(Date.now() - 3_600_000);
    const [visit] = await app.db
      .insert(appointments)
      .values({
        doctorId,
        patientId,
        startsAt,
        endsAt: new Date(startsAt.getTime() + 30 * 60_000),
        reason: "Follow-up of blood pressure",
      })
      .returning();
    const doctor = await (await signedInAs(app, "doctor@resq.test")).api();
    const week = await doctor.appointments.schedule({
      from: new Date(Date.now() - 7 * 86_400_000),
      to: new Date(Date.now() + 7 * 86_400_000),
    });
    expect(week.timeZone).toBe("America/New_York");
    expect(week.items.find((a) => a.id === visit!.id)).toMatchObject({
      patientName: "Alex Rivera",
      reason: "Follow-up of blood pressure",
    });

    expect(
      await doctor.appointments.markOutcome({ id: visit!.id, outcome: "completed" }),
    ).toMatchObject({ status: "completed" });
    expect(
      (await failureOf(doctor.appointments.markOutcome({ id: visit!.id, outcome: "no_show" })))
        .appCode,
    ).toBe("NOT_BOOKED");
    const other = await (await signedInAs(app, "doctor2@resq.test")).api();
    expect(
      (
        await other.appointments.schedule({
          from: new Date(Date.now() - 7 * 86_400_000),
          to: new Date(),
        })
      ).items.map((a) => a.id),
    ).not.toContain(visit!.id);
    expect(
      (await failureOf(other.appointments.markOutcome({ id: visit!.id, outcome: "completed" })))
        .code,
    ).toBe("NOT_FOUND");
    const patient = await (await signedInAs(app, "patient@resq.test")).api();
    expect(
      (
        await failureOf(
          patient.appointments.schedule({
            from: new Date(),
            to: new Date(Date.now() + 86_400_000),
          }),
        )
      ).code,
    ).toBe("FORBIDDEN");
    expect(
      (await failureOf(patient.appointments.markOutcome({ id: visit!.id, outcome: "completed" })))
        .code,
    ).toBe("FORBIDDEN");
  });

  it("refuses to mark a visit that has not started, and charges the policy's no-show fee", async () => {
    const doctorId = await idOf("doctor@resq.test");
    const patientId = await idOf("patient2@resq.test");
    const future = new Date(Date.now() + 5 * 86_400_000);
    const [later] = await app.db
      .insert(appointments)
      .values({
        doctorId,
        patientId,
        startsAt: future,
        endsAt: new Date(future.getTime() + 1_800_000),
      })
      .returning();
    const doctor = await (await signedInAs(app, "doctor@resq.test")).api();
    expect(
      (await failureOf(doctor.appointments.markOutcome({ id: later!.id, outcome: "completed" })))
        .appCode,
    ).toBe("NOT_STARTED");
    const past = new Date(Date.now() - 2 * 3_600_000);
    const [missed] = await app.db
      .insert(appointments)
      .values({ doctorId, patientId, startsAt: past, endsAt: new Date(past.getTime() + 1_800_000) })
      .returning();
    await doctor.practice.saveBookingSettings({
      bufferBeforeMinutes: 0,
      bufferAfterMinutes: 0,
      minimumNoticeMinutes: 120,
      bookingHorizonDays: 60,
      maxAppointmentsPerDay: null,
      cancellationWindowHours: 24,
    });
    const marked = await doctor.appointments.markOutcome({ id: missed!.id, outcome: "no_show" });
    expect(marked.status).toBe("no_show");
  });

  it("limits a schedule request to 31 days", async () => {
    const doctor = await (await signedInAs(app, "doctor@resq.test")).api();
    expect(
      (
        await failureOf(
          doctor.appointments.schedule({
            from: new Date(),
            to: new Date(Date.now() + 40 * 86_400_000),
          }),
        )
      ).fields,
    ).toHaveProperty("to");
  });
});
