import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";

import { appointments, emailOutbox, users, waitlistEntries } from "@resq/db/schema";
import { testDatabaseKind } from "@resq/db/testing";

import { offerFreedSlot, offerNewAvailability, releaseHold } from "../../appointments/waitlist";
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
let serviceId: string;
let booker: TestBrowser;
let first: TestBrowser;
let second: TestBrowser;
let outsider: TestBrowser;

beforeAll(async () => {
  await refreshAllNextAvailable(app.db);
  doctorId = await idOf("doctor@resq.test");
  serviceId = (await (await app.browser().api()).directory.doctor({ id: doctorId })).services.find(
    (s) => s.durationMinutes === 30,
  )!.id;
  booker = await signedInAs(app, "patient@resq.test");
  first = await signUpAndVerify(app, { role: "patient", email: "first.waiting@example.org" });
  second = await signUpAndVerify(app, { role: "patient", email: "second.waiting@example.org" });
  outsider = await signedInAs(app, "patient2@resq.test");
});

async function bookedSlot() {
  const { slots } = await (
    await app.browser().api()
  ).directory.slots({ doctorId, serviceId, from: day(3), to: day(8) });
  const slot = slots[0]!;
  const booked = await (
    await booker.api()
  ).appointments.book({
    doctorId,
    serviceId,
    startsAt: slot.startsAt,
    clientRequestId: crypto.randomUUID(),
  });
  return { slot, booked };
}

describe(`waitlist on ${testDatabaseKind()}`, () => {
  it("offers a freed time to the first patient waiting, holds it against everyone else, and passes it on when the hold lapses", async () => {
    const { slot, booked } = await bookedSlot();
    await (
      await first.api()
    ).waitlist.join({ doctorId, serviceId, fromDate: day(1), toDate: day(10) });
    await (
      await second.api()
    ).waitlist.join({ doctorId, serviceId, fromDate: day(1), toDate: day(10) });

    await (await booker.api()).appointments.cancel({ id: booked.id });
    const now = new Date();
    const hold = await offerFreedSlot(
      app.db,
      { doctorId, startsAt: slot.startsAt },
      { holdMinutes: 15, appUrl: "http://localhost", now },
    );
    expect(hold).not.toBeNull();
    expect(hold!.holdExpiresAt.getTime() - now.getTime()).toBe(15 * 60_000);

    const firstView = await (await first.api()).waitlist.mine();
    expect(firstView[0]?.offer?.appointmentId).toBe(hold!.appointmentId);
    expect(
      await app.db
        .select()
        .from(emailOutbox)
        .where(
          and(
            eq(emailOutbox.toAddress, "first.waiting@example.org"),
            eq(emailOutbox.kind, "waitlist-offer"),
          ),
        ),
    ).toHaveLength(1);

    // Held: nobody else can book it, and it is not shown as free.
    const attempt = await failureOf(
      (await outsider.api()).appointments.book({
        doctorId,
        serviceId,
        startsAt: slot.startsAt,
        clientRequestId: crypto.randomUUID(),
      }),
    );
    expect(attempt.appCode).toBe("SLOT_UNAVAILABLE");
    const free = (
      await (
        await app.browser().api()
      ).directory.slots({ doctorId, serviceId, from: day(1), to: day(10) })
    ).slots.map((s) => s.startsAt.getTime());
    expect(free).not.toContain(slot.startsAt.getTime());

    // Not lapsed yet: nothing happens. Lapsed: released, and the next patient gets it.
    expect(
      await releaseHold(app.db, hold!.appointmentId, {
        reason: "expired",
        now: new Date(now.getTime() + 60_000),
      }),
    ).toBeNull();
    const freed = await releaseHold(app.db, hold!.appointmentId, {
      reason: "expired",
      now: new Date(now.getTime() + 16 * 60_000),
    });
    expect(freed).toEqual({ doctorId, startsAt: slot.startsAt });
    const next = await offerFreedSlot(app.db, freed!, {
      holdMinutes: 15,
      appUrl: "http://localhost",
    });
    const [nextHold] = await app.db
      .select()
      .from(appointments)
      .where(eq(appointments.id, next!.appointmentId));
    expect(nextHold?.patientId).toBe(await idOf("second.waiting@example.org"));
    expect((await (await first.api()).waitlist.mine())[0]?.status).toBe("expired");

    // The second patient accepts: a booking.
    const accepted = await (
      await second.api()
    ).waitlist.accept({ appointmentId: next!.appointmentId });
    expect(accepted.status).toBe("booked");
    expect(
      (await failureOf((await first.api()).waitlist.accept({ appointmentId: next!.appointmentId })))
        .code,
    ).toBe("NOT_FOUND");
  });

  it("passes a declined offer to the next patient, and refuses a lapsed one", async () => {
    const { slot, booked } = await bookedSlot();
    const third = await signUpAndVerify(app, {
      role: "patient",
      email: "third.waiting@example.org",
    });
    await (
      await outsider.api()
    ).waitlist.join({ doctorId, serviceId, fromDate: day(1), toDate: day(10) });
    await (
      await third.api()
    ).waitlist.join({ doctorId, serviceId, fromDate: day(1), toDate: day(10) });
    await (await booker.api()).appointments.cancel({ id: booked.id });
    const hold = await offerFreedSlot(
      app.db,
      { doctorId, startsAt: slot.startsAt },
      { holdMinutes: 15, appUrl: "http://localhost" },
    );
    const [held] = await app.db
      .select()
      .from(appointments)
      .where(eq(appointments.id, hold!.appointmentId));
    expect(held?.patientId).toBe(await idOf("patient2@resq.test"));
    await (await outsider.api()).waitlist.decline({ appointmentId: hold!.appointmentId });
    const next = await offerFreedSlot(
      app.db,
      { doctorId, startsAt: slot.startsAt },
      { holdMinutes: 15, appUrl: "http://localhost" },
    );
    const [nextHold] = await app.db
      .select()
      .from(appointments)
      .where(eq(appointments.id, next!.appointmentId));
    expect(nextHold?.patientId).toBe(await idOf("third.waiting@example.org"));

    await app.db
      .update(appointments)
      .set({ holdExpiresAt: new Date(Date.now() - 1000) })
      .where(eq(appointments.id, next!.appointmentId));
    expect(
      (await failureOf((await third.api()).waitlist.accept({ appointmentId: next!.appointmentId })))
        .appCode,
    ).toBe("OFFER_EXPIRED");
  });

  it("offers new availability (extra hours on a day off) to the first patient waiting", async () => {
    const dermatologist = await idOf("doctor2@resq.test");
    const service = (await (await app.browser().api()).directory.doctor({ id: dermatologist }))
      .services[0]!;
    // The next Saturday at least three days away: the practice has no hours then.
    const saturday = new Date(Date.now() + 3 * 86_400_000);
    while (saturday.getUTCDay() !== 6) saturday.setUTCDate(saturday.getUTCDate() + 1);
    const date = saturday.toISOString().slice(0, 10);
    const waiting = await signUpAndVerify(app, {
      role: "patient",
      email: "weekend.waiting@example.org",
    });
    await (
      await waiting.api()
    ).waitlist.join({
      doctorId: dermatologist,
      serviceId: service.id,
      fromDate: date,
      toDate: date,
    });
    expect(
      await offerNewAvailability(app.db, dermatologist, {
        holdMinutes: 15,
        appUrl: "http://localhost",
      }),
    ).toEqual([]);

    const doctor = await (await signedInAs(app, "doctor2@resq.test")).api();
    await doctor.practice.addOverride({
      date,
      kind: "extra_hours",
      startTime: "10:00",
      endTime: "12:00",
    });
    const holds = await offerNewAvailability(app.db, dermatologist, {
      holdMinutes: 15,
      appUrl: "http://localhost",
    });
    expect(holds).toHaveLength(1);
    const offer = (await (await waiting.api()).waitlist.mine())[0]?.offer;
    expect(offer?.appointmentId).toBe(holds[0]!.appointmentId);
    expect(offer?.startsAt.toISOString().slice(0, 10)).toBe(date);
  });

  it("validates the range and is for patients only", async () => {
    expect(
      (
        await failureOf(
          (await first.api()).waitlist.join({
            doctorId,
            serviceId,
            fromDate: day(5),
            toDate: day(1),
          }),
        )
      ).fields,
    ).toHaveProperty("toDate");
    const doctor = await (await signedInAs(app, "doctor@resq.test")).api();
    expect(
      (
        await failureOf(
          doctor.waitlist.join({ doctorId, serviceId, fromDate: day(1), toDate: day(2) }),
        )
      ).code,
    ).toBe("FORBIDDEN");
    const entries = await app.db
      .select()
      .from(waitlistEntries)
      .where(eq(waitlistEntries.patientId, await idOf("first.waiting@example.org")));
    expect(entries).toHaveLength(1);
  });
});
