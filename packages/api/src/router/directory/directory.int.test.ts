import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";

import { appointments, doctorProfiles, users } from "@resq/db/schema";
import { testDatabaseKind } from "@resq/db/testing";

import { refreshAllNextAvailable } from "../../providers/schedule";
import { utcToWallClock } from "../../scheduling";
import { weekdayOf } from "../../scheduling/local-time";
import { failureOf, seededTestApi, signedInAs } from "../../test-support";

const app = seededTestApi();
const anonymous = async () => (await app.browser().api()).directory;
const idOf = async (email: string) =>
  (await app.db.select({ id: users.id }).from(users).where(eq(users.email, email)))[0]!.id;

beforeAll(async () => {
  await refreshAllNextAvailable(app.db);
});

function isoDate(daysFromNow: number) {
  return new Date(Date.now() + daysFromNow * 86_400_000).toISOString().slice(0, 10);
}

describe(`doctor directory on ${testDatabaseKind()}`, () => {
  it("finds doctors by a misspelled specialty, best match first, without signing in", async () => {
    const dermatology = await (await anonymous()).search({ q: "dermatolgist" });
    expect(dermatology.items[0]?.specialty).toBe("dermatology");
    expect(dermatology.items.every((d) => d.specialty === "dermatology")).toBe(true);
    const cardiology = await (await anonymous()).search({ q: "cardiolgy" });
    expect(cardiology.items.map((d) => d.name)).toContain("Dr. Maya Chen");
    const condition = await (await anonymous()).search({ q: "acne" });
    expect(condition.items.map((d) => d.name)).toContain("Dr. Lucas Moreau");
    const byName = await (await anonymous()).search({ q: "Moreau" });
    expect(byName.items[0]?.name).toBe("Dr. Lucas Moreau");
    expect((await (await anonymous()).search({ q: "zzqxj" })).total).toBe(0);
  });

  it("finds a doctor by the name as it is shown, title included", async () => {
    for (const q of ["Dr. Lucas Moreau", "dr moreau", "Doctor Lucas Moreau"]) {
      const found = await (await anonymous()).search({ q });
      expect(
        found.items.map((d) => d.name),
        q,
      ).toEqual(["Dr. Lucas Moreau"]);
    }
  });

  it("lists only verified doctors with a valid licence", async () => {
    const all = await (await anonymous()).search({ pageSize: 50 });
    const names = all.items.map((d) => d.name);
    expect(names).not.toContain("Dr. Priya Raman"); // pending@resq.test
    expect(all.total).toBe(24);
    const pendingId = await idOf("pending@resq.test");
    expect((await failureOf((await anonymous()).doctor({ id: pendingId }))).code).toBe("NOT_FOUND");
    expect(
      (
        await failureOf(
          (await anonymous()).slots({ doctorId: pendingId, from: isoDate(1), to: isoDate(7) }),
        )
      ).code,
    ).toBe("NOT_FOUND");

    const expiring = await idOf("doctor2@resq.test");
    await app.db
      .update(doctorProfiles)
      .set({ licenceExpiresOn: isoDate(-1) })
      .where(eq(doctorProfiles.userId, expiring));
    try {
      expect(
        (await (await anonymous()).search({ pageSize: 50 })).items.map((d) => d.id),
      ).not.toContain(expiring);
      expect((await failureOf((await anonymous()).doctor({ id: expiring }))).code).toBe(
        "NOT_FOUND",
      );
    } finally {
      await app.db
        .update(doctorProfiles)
        .set({ licenceExpiresOn: "2099-12-31" })
        .where(eq(doctorProfiles.userId, expiring));
    }
  });

  it("filters by specialty, language, city, new patients and availability", async () => {
    const directory = await anonymous();
    const cardiologists = await directory.search({ specialty: "cardiology" });
    expect(cardiologists.total).toBeGreaterThanOrEqual(2);
    expect(cardiologists.items.every((d) => d.specialty === "cardiology")).toBe(true);
    const french = await directory.search({ language: "fr", pageSize: 50 });
    expect(french.items.length).toBeGreaterThan(0);
    expect(french.items.every((d) => d.languages.includes("fr"))).toBe(true);
    const boston = await directory.search({ city: "boston", pageSize: 50 });
    expect(boston.items.length).toBeGreaterThan(0);
    expect(boston.items.every((d) => d.city === "Boston")).toBe(true);
    const accepting = await directory.search({ acceptingNewPatients: true, pageSize: 50 });
    expect(accepting.items.every((d) => d.acceptingNewPatients)).toBe(true);
    expect(accepting.total).toBeLessThan(24);
    const soon = await directory.search({ availableWithinDays: 7, pageSize: 50 });
    expect(soon.total).toBeGreaterThan(0);
    expect(
      soon.items.every(
        (d) => d.nextAvailableAt && d.nextAvailableAt.getTime() <= Date.now() + 7 * 86_400_000,
      ),
    ).toBe(true);
    const filters = await directory.filters();
    expect(filters.cities).toEqual(expect.arrayContaining(["Boston", "New York", "Seattle"]));
    expect(filters.specialties.length).toBeGreaterThanOrEqual(8);
  });

  it("paginates without overlap and sorts by soonest or name", async () => {
    const directory = await anonymous();
    const pages = await Promise.all(
      [1, 2, 3, 4, 5].map((page) => directory.search({ pageSize: 5, page, sort: "name" })),
    );
    const ids = pages.flatMap((p) => p.items.map((d) => d.id));
    expect(new Set(ids).size).toBe(24);
    expect(pages[0]?.total).toBe(24);
    const names = pages.flatMap((p) => p.items.map((d) => d.name));
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
    const soonest = await directory.search({ sort: "soonest", pageSize: 50 });
    const times = soonest.items.map(
      (d) => d.nextAvailableAt?.getTime() ?? Number.POSITIVE_INFINITY,
    );
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect((await failureOf(directory.search({ pageSize: 500 }))).code).toBe("BAD_REQUEST");
  });

  it("shows a doctor's profile and free times: weekdays 09:00–17:00 New York time, minus bookings", async () => {
    const doctorId = await idOf("doctor@resq.test");
    const directory = await anonymous();
    const profile = await directory.doctor({ id: doctorId });
    expect(profile).toMatchObject({
      name: "Dr. Maya Chen",
      specialtyLabel: "Cardiology",
      practice: { city: "New York", timeZone: "America/New_York" },
    });
    const consultation = profile.services.find((s) => s.durationMinutes === 30)!;

    const week = await directory.slots({
      doctorId,
      from: isoDate(1),
      to: isoDate(14),
      serviceId: consultation.id,
    });
    expect(week.timeZone).toBe("America/New_York");
    expect(week.slots.length).toBeGreaterThan(50);
    for (const slot of week.slots) {
      const local = utcToWallClock(slot.startsAt, "America/New_York");
      expect(weekdayOf(local.date)).toBeGreaterThanOrEqual(1);
      expect(weekdayOf(local.date)).toBeLessThanOrEqual(5);
      expect(local.minutesAfterMidnight).toBeGreaterThanOrEqual(9 * 60);
      expect(local.minutesAfterMidnight + 30).toBeLessThanOrEqual(17 * 60);
    }

    // A booking takes its slot away.
    const taken = week.slots[3]!;
    await app.db.insert(appointments).values({
      doctorId,
      patientId: await idOf("patient2@resq.test"),
      serviceId: consultation.id,
      startsAt: taken.startsAt,
      endsAt: taken.endsAt,
    });
    const after = await directory.slots({
      doctorId,
      from: isoDate(1),
      to: isoDate(14),
      serviceId: consultation.id,
    });
    expect(after.slots.map((s) => s.startsAt.getTime())).not.toContain(taken.startsAt.getTime());
    expect(after.slots).toHaveLength(week.slots.length - 1);
  });

  it("refuses bad ranges and unknown services", async () => {
    const doctorId = await idOf("doctor@resq.test");
    const directory = await anonymous();
    expect(
      (await failureOf(directory.slots({ doctorId, from: isoDate(5), to: isoDate(1) }))).fields,
    ).toHaveProperty("to");
    expect(
      (await failureOf(directory.slots({ doctorId, from: isoDate(1), to: isoDate(100) }))).fields,
    ).toHaveProperty("to");
    expect(
      (await failureOf(directory.slots({ doctorId, from: "2026-02-30", to: isoDate(1) }))).code,
    ).toBe("BAD_REQUEST");
    expect(
      (
        await failureOf(
          directory.slots({
            doctorId,
            from: isoDate(1),
            to: isoDate(2),
            serviceId: "00000000-0000-4000-8000-000000000000",
          }),
        )
      ).code,
    ).toBe("NOT_FOUND");
  });

  it("is the same for signed-in callers of any role", async () => {
    const signedIn = await (await signedInAs(app, "patient@resq.test")).api();
    expect((await signedIn.directory.search({ q: "cardiology" })).total).toBe(
      (await (await anonymous()).search({ q: "cardiology" })).total,
    );
  });
});
