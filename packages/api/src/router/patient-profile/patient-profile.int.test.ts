import { and, count, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";

import { auditEvents, patientProfiles, users } from "@resq/db/schema";
import { testDatabaseKind } from "@resq/db/testing";

import {
  failureOf,
  seededTestApi,
  signedInAs,
  signUpAndVerify,
  type TestBrowser,
} from "../../test-support";
import { latestDateOnEarth, type PatientProfileInput } from "./schemas";

const app = seededTestApi();

const idOf = async (email: string) =>
  (await app.db.select({ id: users.id }).from(users).where(eq(users.email, email)))[0]!.id;
const profileRow = async (userId: string) =>
  (await app.db.select().from(patientProfiles).where(eq(patientProfiles.userId, userId)))[0];
const nameOf = async (userId: string) =>
  (await app.db.select({ name: users.name }).from(users).where(eq(users.id, userId)))[0]?.name;
const profileAudits = (userId: string) =>
  app.db
    .select()
    .from(auditEvents)
    .where(
      and(eq(auditEvents.action, "patient_profile.updated"), eq(auditEvents.subjectUserId, userId)),
    )
    .orderBy(auditEvents.seq);
const auditCount = async () => (await app.db.select({ n: count() }).from(auditEvents))[0]!.n;

/** Everything left empty: what a new patient's form sends if they only keep their name. */
const blank: PatientProfileInput = {
  name: "Pat Profile",
  dateOfBirth: "",
  sexAtBirth: "",
  phone: "",
  addressLine: "",
  city: "",
  postalCode: "",
  country: "",
  emergencyContactName: "",
  emergencyContactPhone: "",
  timeZone: "",
};

/** A complete profile, with the stray spaces a form gets. */
const complete: PatientProfileInput = {
  name: "  Patricia Profile ",
  dateOfBirth: "1988-07-14",
  sexAtBirth: "female",
  phone: " +34 600 123 456 ",
  addressLine: "Calle Mayor 12, 3º B",
  city: "Madrid",
  postalCode: "28013",
  country: "Spain",
  emergencyContactName: "Rosa Profile",
  emergencyContactPhone: "+34 600 654 321",
  timeZone: "Europe/Madrid",
};

let patient: TestBrowser;
let patientId: string;

beforeAll(async () => {
  patient = await signUpAndVerify(app, {
    role: "patient",
    email: "profile-patient@example.org",
    name: "Pat Profile",
  });
  patientId = await idOf("profile-patient@example.org");
});

describe(`patientProfile on ${testDatabaseKind()}`, () => {
  it("reads an empty profile, saves it whole, reads it back, and the dashboard counts it", async () => {
    const api = await patient.api();
    const empty = await api.patientProfile.get();
    expect(empty).toMatchObject({
      name: "Pat Profile",
      email: "profile-patient@example.org",
      dateOfBirth: null,
      sexAtBirth: null,
      phone: null,
      timeZone: null,
      completeness: { percent: 0 },
    });
    expect((await api.dashboard.patient()).profile.percent).toBe(0);

    const saved = await api.patientProfile.update(complete);
    expect(saved.changed).toEqual([
      "name",
      "dateOfBirth",
      "sexAtBirth",
      "phone",
      "addressLine",
      "city",
      "postalCode",
      "country",
      "emergencyContactName",
      "emergencyContactPhone",
      "timeZone",
    ]);

    const expected = {
      name: "Patricia Profile",
      email: "profile-patient@example.org",
      dateOfBirth: "1988-07-14",
      sexAtBirth: "female",
      phone: "+34 600 123 456",
      addressLine: "Calle Mayor 12, 3º B",
      city: "Madrid",
      postalCode: "28013",
      country: "Spain",
      emergencyContactName: "Rosa Profile",
      emergencyContactPhone: "+34 600 654 321",
      timeZone: "Europe/Madrid",
      completeness: { missing: [], percent: 100 },
    };
    expect(saved.profile).toMatchObject(expected);
    expect(await (await patient.api()).patientProfile.get()).toMatchObject(expected);
    // The name is the account's: the header and every other page show the new one.
    expect(await nameOf(patientId)).toBe("Patricia Profile");
    expect((await (await patient.api()).account.me())?.name).toBe("Patricia Profile");
    expect((await (await patient.api()).dashboard.patient()).profile).toEqual({
      missing: [],
      percent: 100,
    });
  });

  it("clears a field left empty, and the completeness drops again", async () => {
    const api = await patient.api();
    const saved = await api.patientProfile.update({
      ...complete,
      phone: "   ",
      emergencyContactName: "",
      emergencyContactPhone: "",
      postalCode: null,
    });
    expect(saved.changed).toEqual([
      "phone",
      "postalCode",
      "emergencyContactName",
      "emergencyContactPhone",
    ]);
    expect(await profileRow(patientId)).toMatchObject({
      phone: null,
      postalCode: null,
      emergencyContactName: null,
      emergencyContactPhone: null,
      city: "Madrid",
    });
    expect((await api.dashboard.patient()).profile).toEqual({
      missing: ["phone number", "emergency contact"],
      percent: 60,
    });
    await api.patientProfile.update(complete);
  });

  it("records each save in the audit trail with the changed fields' names, never their values", async () => {
    const trail = await profileAudits(patientId);
    expect(trail.length).toBeGreaterThanOrEqual(2);
    const first = trail[0]!;
    expect(first).toMatchObject({
      actorId: patientId,
      actorRole: "patient",
      patientId,
      subjectUserId: patientId,
      recordType: "patient_profile",
      outcome: "success",
    });
    expect(first.details).toEqual({
      fields: expect.arrayContaining(["dateOfBirth", "phone", "timeZone", "name"]) as unknown,
      created: false,
    });
    const everything = JSON.stringify(trail.map((event) => event.details));
    for (const value of Object.values(complete)) {
      expect(everything).not.toContain((value as string).trim());
    }

    // Saving what is already there changes nothing, and so records nothing.
    const before = trail.length;
    const again = await (await patient.api()).patientProfile.update(complete);
    expect(again.changed).toEqual([]);
    expect(await profileAudits(patientId)).toHaveLength(before);
  });

  it("creates the profile row when the account has none", async () => {
    const browser = await signUpAndVerify(app, {
      role: "patient",
      email: "profile-rowless@example.org",
      name: "Row Less",
    });
    const userId = await idOf("profile-rowless@example.org");
    // An account made before profiles existed, or by an import, has no row.
    await app.db.delete(patientProfiles).where(eq(patientProfiles.userId, userId));

    const api = await browser.api();
    expect((await api.patientProfile.get()).completeness.percent).toBe(0);
    await api.patientProfile.update({ ...blank, name: "Row Less", timeZone: "America/Bogota" });
    expect(await profileRow(userId)).toMatchObject({ timeZone: "America/Bogota", phone: null });
    const [event] = await profileAudits(userId);
    expect(event?.details).toEqual({ fields: ["timeZone"], created: true });
  });

  it("refuses bad input with the field named, and writes nothing", async () => {
    const api = await patient.api();
    const rowBefore = await profileRow(patientId);
    const auditsBefore = await auditCount();
    const tomorrowEverywhere = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
    const cases: [Partial<PatientProfileInput>, string][] = [
      [{ dateOfBirth: "2999-01-01" }, "dateOfBirth"],
      [{ dateOfBirth: tomorrowEverywhere }, "dateOfBirth"],
      [{ dateOfBirth: "1899-12-31" }, "dateOfBirth"],
      [{ dateOfBirth: "2001-02-29" }, "dateOfBirth"],
      [{ dateOfBirth: "14/07/1988" }, "dateOfBirth"],
      [
        { emergencyContactName: "Rosa Profile", emergencyContactPhone: "" },
        "emergencyContactPhone",
      ],
      [
        { emergencyContactName: "  ", emergencyContactPhone: "+34 600 654 321" },
        "emergencyContactName",
      ],
      [{ timeZone: "Mars/Olympus_Mons" }, "timeZone"],
      [{ timeZone: "+01:00" }, "timeZone"],
      [{ timeZone: "Europe/Madrid; drop table users" }, "timeZone"],
      [{ sexAtBirth: "unknown" }, "sexAtBirth"],
      [{ phone: "call me maybe" }, "phone"],
      [{ phone: "12345" }, "phone"],
      [{ name: "   " }, "name"],
      [{ city: "x".repeat(101) }, "city"],
      [{ postalCode: "1".repeat(21) }, "postalCode"],
    ];
    for (const [change, field] of cases) {
      const failure = await failureOf(
        api.patientProfile.update({ ...complete, name: "Someone Else", ...change }),
      );
      expect(failure.code, JSON.stringify(change)).toBe("BAD_REQUEST");
      expect(Object.keys(failure.fields ?? {}), JSON.stringify(change)).toEqual([field]);
    }
    // A missing key is refused too: an API client cannot wipe the profile by leaving fields out.
    const partial = await failureOf(
      api.patientProfile.update({ name: "Someone Else" } as PatientProfileInput),
    );
    expect(partial.code).toBe("BAD_REQUEST");

    expect(await profileRow(patientId)).toEqual(rowBefore);
    expect(await nameOf(patientId)).toBe("Patricia Profile");
    expect(await auditCount()).toBe(auditsBefore);
  });

  it("accepts a birth date of today wherever today has begun, and the earliest allowed", async () => {
    const api = await patient.api();
    for (const dateOfBirth of [latestDateOnEarth(), "1900-01-01"]) {
      await api.patientProfile.update({ ...complete, dateOfBirth });
      expect((await profileRow(patientId))?.dateOfBirth).toBe(dateOfBirth);
    }
    await api.patientProfile.update(complete);
  });

  it("is the caller's own: another patient's profile is untouched", async () => {
    const otherId = await idOf("patient2@resq.test");
    const before = await profileRow(otherId);
    const other = await signedInAs(app, "patient2@resq.test");
    const theirs = await (await other.api()).patientProfile.get();
    expect(theirs.email).toBe("patient2@resq.test");
    expect(theirs.phone).not.toBe(complete.phone);
    await (await patient.api()).patientProfile.update({ ...complete, phone: "+34 611 000 111" });
    expect(await profileRow(otherId)).toEqual(before);
  });

  it("refuses doctors and admins (403) and anonymous callers (401), writing nothing", async () => {
    const auditsBefore = await auditCount();
    for (const email of ["doctor@resq.test", "admin@resq.test"]) {
      const api = await (await signedInAs(app, email)).api();
      expect((await failureOf(api.patientProfile.get())).code, email).toBe("FORBIDDEN");
      expect((await failureOf(api.patientProfile.update(complete))).code, email).toBe("FORBIDDEN");
    }
    const anonymous = await app.browser().api();
    expect((await failureOf(anonymous.patientProfile.get())).code).toBe("UNAUTHORIZED");
    expect((await failureOf(anonymous.patientProfile.update(complete))).code).toBe("UNAUTHORIZED");
    expect(await nameOf(await idOf("doctor@resq.test"))).not.toBe("Patricia Profile");
    // Sign-ins are audited; nothing else may have been.
    const written = await app.db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .orderBy(auditEvents.seq)
      .offset(auditsBefore);
    expect(written.map((event) => event.action).filter((a) => a !== "auth.sign_in")).toEqual([]);
  });
});
