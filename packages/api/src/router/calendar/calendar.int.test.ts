import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";

import { users } from "@resq/db/schema";
import { testDatabaseKind } from "@resq/db/testing";

import { calendarFeedFor } from "../../appointments/feed";
import { refreshAllNextAvailable } from "../../providers/schedule";
import { failureOf, seededTestApi, signedInAs } from "../../test-support";

const app = seededTestApi();
const day = (offset: number) =>
  new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const tokenOf = (url: string) => /\/api\/calendar\/([a-z2-7]+)\.ics$/.exec(url)![1]!;

beforeAll(async () => {
  await refreshAllNextAvailable(app.db);
});

describe(`calendar subscription on ${testDatabaseKind()}`, () => {
  it("serves the owner's appointments without clinical detail, and stops when revoked", async () => {
    const [doctor] = await app.db
      .select({ id: users.id })
      .from(users)
      .where(eq(users.email, "doctor@resq.test"));
    const directory = (await app.browser().api()).directory;
    const service = (await directory.doctor({ id: doctor!.id })).services[0]!;
    const { slots } = await directory.slots({
      doctorId: doctor!.id,
      serviceId: service.id,
      from: day(2),
      to: day(6),
    });
    const patient = await (await signedInAs(app, "patient@resq.test")).api();
    await patient.appointments.book({
      doctorId: doctor!.id,
      serviceId: service.id,
      startsAt: slots[0]!.startsAt,
      reason: "Palpitations at night",
      clientRequestId: crypto.randomUUID(),
    });

    const { url } = await patient.calendar.createFeed({});
    const token = tokenOf(url);
    const feed = await calendarFeedFor(app.db, token, "http://localhost");
    expect(feed).toContain("BEGIN:VCALENDAR");
    expect(feed).toContain("with Dr. Maya Chen");
    expect(feed).not.toContain("Palpitations");
    expect(feed?.match(/BEGIN:VEVENT/g)?.length).toBeGreaterThanOrEqual(2); // the seeded past visit and the new one

    const doctorApi = await (await signedInAs(app, "doctor@resq.test")).api();
    const doctorFeed = await calendarFeedFor(
      app.db,
      tokenOf((await doctorApi.calendar.createFeed({ includeDetails: true })).url),
      "http://localhost",
    );
    expect(doctorFeed).toContain("Alex Rivera");
    expect(doctorFeed).toContain("Palpitations"); // the doctor chose details

    // A new URL replaces the old; revoking ends it.
    const { url: replacement } = await patient.calendar.createFeed({});
    expect(await calendarFeedFor(app.db, token, "http://localhost")).toBeNull();
    await patient.calendar.revokeFeed();
    expect(await calendarFeedFor(app.db, tokenOf(replacement), "http://localhost")).toBeNull();
    expect(await patient.calendar.feed()).toEqual({ active: false });
  });

  it("is not for admins or visitors", async () => {
    expect((await failureOf((await app.browser().api()).calendar.createFeed({}))).code).toBe(
      "UNAUTHORIZED",
    );
    expect(
      (
        await failureOf(
          (await (await signedInAs(app, "admin@resq.test")).api()).calendar.createFeed({}),
        )
      ).code,
    ).toBe("FORBIDDEN");
    expect(await calendarFeedFor(app.db, "not-a-token", "http://localhost")).toBeNull();
  });
});
