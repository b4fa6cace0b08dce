import { and, count, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";

import {
  appointments,
  auditEvents,
  encounters,
  patientProfiles,
  sessions,
  users,
} from "@resq/db/schema";
import { DEMO_PASSWORD } from "@resq/db/seed";
import { testDatabaseKind } from "@resq/db/testing";

import { resolveCaller } from "../../auth/caller";
import { createContext } from "../../context";
import { restLogin, restRefresh } from "../../rest/auth";
import {
  failureOf,
  latestEmailTo,
  seededTestApi,
  signedInAs,
  type TestBrowser,
} from "../../test-support";

const app = seededTestApi();
/** Any error message: the field is named, its wording is the form's business. */
const aMessage = expect.any(String) as unknown;
const NOBODY = "00000000-0000-4000-8000-000000000000";
const idOf = async (email: string) =>
  (await app.db.select({ id: users.id }).from(users).where(eq(users.email, email)))[0]!.id;
const userCount = async () => (await app.db.select({ n: count() }).from(users))[0]!.n;
const auditOf = async (action: string, subjectUserId: string) =>
  app.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.action, action), eq(auditEvents.subjectUserId, subjectUserId)));

async function rest(handler: typeof restLogin, path: string, body: unknown) {
  const response = await handler(
    new Request(`http://localhost${path}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    }),
    createContext({ db: app.db, keyring: app.keyring, request: { ip: "203.0.113.9" } }),
  );
  const text = await response.text();
  return {
    status: response.status,
    body: (text ? JSON.parse(text) : null) as Record<string, string>,
  };
}

let admin: TestBrowser;
let adminId: string;

beforeAll(async () => {
  admin = await signedInAs(app, "admin@resq.test");
  adminId = await idOf("admin@resq.test");
});

describe(`admin user management on ${testDatabaseKind()}`, () => {
  it("refuses every user-management procedure to anonymous (401), patients and doctors (403)", async () => {
    const target = await idOf("patient2@resq.test");
    const calls = (api: Awaited<ReturnType<TestBrowser["api"]>>) => [
      api.admin.users({}),
      api.admin.user({ userId: target }),
      api.admin.createUser({ name: "Eve", email: "eve@example.org", role: "admin" }),
      api.admin.updateUser({
        userId: target,
        name: "X",
        email: "patient2@resq.test",
        phone: null,
        addressLine: null,
        city: null,
        postalCode: null,
        country: null,
        dateOfBirth: null,
      }),
      api.admin.suspendUser({ userId: target, reason: "Testing denial" }),
      api.admin.reactivateUser({ userId: target, reason: "Testing denial" }),
      api.admin.deleteUser({
        userId: target,
        reason: "Testing denial",
        confirmEmail: "patient2@resq.test",
      }),
    ];
    const before = await userCount();
    for (const [who, expected] of [
      [null, "UNAUTHORIZED"],
      ["patient@resq.test", "FORBIDDEN"],
      ["doctor@resq.test", "FORBIDDEN"],
    ] as const) {
      const browser = who ? await signedInAs(app, who) : app.browser();
      for (const call of calls(await browser.api()))
        expect((await failureOf(call)).code).toBe(expected);
    }
    expect(await userCount()).toBe(before);
    const [target2] = await app.db.select().from(users).where(eq(users.id, target));
    expect(target2).toMatchObject({ status: "active", email: "patient2@resq.test" });
  });

  it("searches and filters users by text, role, status, verified email and MFA, a page at a time", async () => {
    const api = await admin.api();
    const byText = await api.admin.users({ q: "patient2@" });
    expect(byText.items.map((u) => u.email)).toEqual(["patient2@resq.test"]);
    expect(byText.items[0]).toMatchObject({ role: "patient", status: "active", mfaEnabled: false });

    const doctors = await api.admin.users({ role: "doctor", pageSize: 100 });
    expect(doctors.total).toBeGreaterThan(20);
    expect(doctors.items.every((u) => u.role === "doctor")).toBe(true);

    const first = await api.admin.users({ role: "doctor", pageSize: 5, page: 1 });
    const second = await api.admin.users({ role: "doctor", pageSize: 5, page: 2 });
    expect(first.items).toHaveLength(5);
    expect(second.items.map((u) => u.id)).not.toContain(first.items[0]!.id);

    expect((await api.admin.users({ mfaEnabled: true })).total).toBe(0);
    expect((await api.admin.users({ status: "suspended" })).total).toBe(0);
    const unverified = await api.admin.users({ emailVerified: false, pageSize: 100 });
    expect(unverified.items.every((u) => !u.emailVerified)).toBe(true);
    // A "%" typed by the admin is a character, not a wildcard.
    expect((await api.admin.users({ q: "%" })).total).toBe(0);

    const bad = await failureOf(api.admin.users({ pageSize: 1000 }));
    expect(bad).toMatchObject({ code: "BAD_REQUEST", fields: { pageSize: aMessage } });
  });

  it("shows one user with their profile and audits the view; unknown users answer 404", async () => {
    const target = await idOf("patient@resq.test");
    const view = await (await admin.api()).admin.user({ userId: target });
    expect(view).toMatchObject({ email: "patient@resq.test", role: "patient", status: "active" });
    expect(view.openSessions).toBeGreaterThanOrEqual(0);
    expect(await auditOf("admin.user_viewed", target)).toHaveLength(1);
    expect((await failureOf((await admin.api()).admin.user({ userId: NOBODY }))).code).toBe(
      "NOT_FOUND",
    );
  });

  it("creates a user of any role with an invitation email whose link sets the password", async () => {
    const api = await admin.api();
    const before = await userCount();
    const invalid = await failureOf(
      api.admin.createUser({ name: "", email: "not-an-email", role: "admin" }),
    );
    expect(invalid.code).toBe("BAD_REQUEST");
    expect(Object.keys(invalid.fields ?? {}).sort()).toEqual(["email", "name"]);
    const taken = await failureOf(
      api.admin.createUser({ name: "Dup", email: "Patient@RESQ.test", role: "patient" }),
    );
    expect(taken).toMatchObject({ code: "CONFLICT", fields: { email: aMessage } });
    expect(await userCount()).toBe(before);

    const { id } = await api.admin.createUser({
      name: "Iris Okafor",
      email: "Iris.Okafor@example.org",
      role: "doctor",
    });
    const [created] = await app.db.select().from(users).where(eq(users.id, id));
    expect(created).toMatchObject({ email: "iris.okafor@example.org", role: "doctor" });
    expect(created!.passwordHash).toBeNull();
    expect((await auditOf("admin.user_created", id))[0]).toMatchObject({
      actorId: adminId,
      details: { role: "doctor" },
    });

    const email = await latestEmailTo(app.db, "iris.okafor@example.org");
    expect(email).toMatchObject({ kind: "invitation" });
    const token = /reset-password\?token=([a-z2-7]+)/.exec(email!.textBody)?.[1];
    expect(token).toBeTruthy();
    // Before choosing a password, nobody can sign in to the account.
    expect(
      (
        await failureOf(
          (await app.browser().api()).auth.signIn({
            email: "iris.okafor@example.org",
            password: DEMO_PASSWORD,
          }),
        )
      ).code,
    ).toBe("UNAUTHORIZED");
    await (
      await app.browser().api()
    ).auth.resetPassword({ token: token!, password: "Coral harbour lantern 42" });
    const iris = app.browser();
    await (
      await iris.api()
    ).auth.signIn({ email: "iris.okafor@example.org", password: "Coral harbour lantern 42" });
    const caller = await resolveCaller(app.db, app.keyring, { sessionToken: iris.sessionToken });
    expect(caller).toMatchObject({ role: "doctor", emailVerified: true });
  });

  it("edits profile data, audits the changed field names, and rejects bad input untouched", async () => {
    const api = await admin.api();
    const target = await idOf("patient2@resq.test");
    const base = {
      userId: target,
      name: "Sam Patel",
      email: "patient2@resq.test",
      phone: "+1 555 0100",
      addressLine: "1 Harbour Road",
      city: "Salem",
      postalCode: "02110",
      country: "US",
      dateOfBirth: "1980-04-02",
    };
    const bad = await failureOf(api.admin.updateUser({ ...base, dateOfBirth: "02/04/1980" }));
    expect(bad).toMatchObject({ code: "BAD_REQUEST", fields: { dateOfBirth: aMessage } });
    const taken = await failureOf(api.admin.updateUser({ ...base, email: "patient@resq.test" }));
    expect(taken).toMatchObject({ code: "CONFLICT", fields: { email: aMessage } });
    expect(await auditOf("admin.user_updated", target)).toHaveLength(0);

    await api.admin.updateUser(base);
    const [profile] = await app.db
      .select()
      .from(patientProfiles)
      .where(eq(patientProfiles.userId, target));
    expect(profile).toMatchObject({
      phone: "+1 555 0100",
      city: "Salem",
      dateOfBirth: "1980-04-02",
    });
    const [event] = await auditOf("admin.user_updated", target);
    expect((event!.details as { fields: string[] }).fields).toEqual(
      expect.arrayContaining(["phone", "city", "dateOfBirth"]),
    );
    expect(JSON.stringify(event!.details)).not.toContain("Salem");
  });

  it("suspends with a reason: browser sessions and REST tokens end at once, sign-in refused; reactivates", async () => {
    const target = await idOf("doctor2@resq.test");
    const session = await signedInAs(app, "doctor2@resq.test");
    const tokens = await rest(restLogin, "/api/auth/login/", {
      email: "doctor2@resq.test",
      password: DEMO_PASSWORD,
    });
    expect(tokens.status).toBe(200);
    const api = await admin.api();

    const noReason = await failureOf(api.admin.suspendUser({ userId: target, reason: "no" }));
    expect(noReason).toMatchObject({ code: "BAD_REQUEST", fields: { reason: aMessage } });
    const self = await failureOf(
      api.admin.suspendUser({ userId: adminId, reason: "Trying to lock myself out" }),
    );
    expect(self).toMatchObject({ code: "BAD_REQUEST", appCode: "CANNOT_CHANGE_OWN_ACCESS" });
    expect(
      (await failureOf(api.admin.suspendUser({ userId: NOBODY, reason: "Nobody there" }))).code,
    ).toBe("NOT_FOUND");
    expect((await (await session.api()).account.me())?.email).toBe("doctor2@resq.test");

    await api.admin.suspendUser({ userId: target, reason: "Licence under investigation" });
    expect((await failureOf((await session.api()).account.me())).code).toBe("UNAUTHORIZED");
    expect(await app.db.select().from(sessions).where(eq(sessions.userId, target))).toHaveLength(0);
    expect(
      await resolveCaller(app.db, app.keyring, { bearerToken: tokens.body.accessToken }),
    ).toBeNull();
    expect(
      (await rest(restRefresh, "/api/auth/refresh/", { refreshToken: tokens.body.refreshToken }))
        .status,
    ).toBe(401);
    expect(
      await failureOf(
        (await app.browser().api()).auth.signIn({
          email: "doctor2@resq.test",
          password: DEMO_PASSWORD,
        }),
      ),
    ).toMatchObject({ code: "FORBIDDEN", appCode: "ACCOUNT_SUSPENDED" });
    expect((await auditOf("admin.user_suspended", target))[0]).toMatchObject({
      actorId: adminId,
      details: { reason: "Licence under investigation", sessionsEnded: 1 },
    });
    expect((await api.admin.users({ status: "suspended" })).items.map((u) => u.id)).toEqual([
      target,
    ]);
    expect(
      (await failureOf(api.admin.suspendUser({ userId: target, reason: "Twice over" }))).appCode,
    ).toBe("NOT_ACTIVE");

    await api.admin.reactivateUser({ userId: target, reason: "Investigation closed" });
    await (
      await app.browser().api()
    ).auth.signIn({ email: "doctor2@resq.test", password: DEMO_PASSWORD });
    expect((await auditOf("admin.user_reactivated", target))[0]).toMatchObject({
      details: { reason: "Investigation closed" },
    });
  });

  it("deletes by anonymising after a typed confirmation: personal data gone, records kept, no sign-in", async () => {
    const target = await idOf("patient@resq.test");
    const session = await signedInAs(app, "patient@resq.test");
    const api = await admin.api();
    const countOf = async () => ({
      appointments: (
        await app.db
          .select({ n: count() })
          .from(appointments)
          .where(eq(appointments.patientId, target))
      )[0]!.n,
      encounters: (
        await app.db.select({ n: count() }).from(encounters).where(eq(encounters.patientId, target))
      )[0]!.n,
      audit: (
        await app.db
          .select({ n: count() })
          .from(auditEvents)
          .where(eq(auditEvents.patientId, target))
      )[0]!.n,
    });
    const before = await countOf();
    expect(before.appointments).toBeGreaterThan(0);
    expect(before.encounters).toBeGreaterThan(0);

    const mismatch = await failureOf(
      api.admin.deleteUser({
        userId: target,
        reason: "Patient asked to be forgotten",
        confirmEmail: "patient2@resq.test",
      }),
    );
    expect(mismatch).toMatchObject({
      code: "BAD_REQUEST",
      fields: { confirmEmail: aMessage },
    });
    expect(
      await failureOf(
        api.admin.deleteUser({
          userId: adminId,
          reason: "Leaving the company",
          confirmEmail: "admin@resq.test",
        }),
      ),
    ).toMatchObject({ appCode: "CANNOT_CHANGE_OWN_ACCESS" });
    expect((await app.db.select().from(users).where(eq(users.id, target)))[0]!.status).toBe(
      "active",
    );

    await api.admin.deleteUser({
      userId: target,
      reason: "Patient asked to be forgotten",
      confirmEmail: "PATIENT@resq.test",
    });
    const [row] = await app.db.select().from(users).where(eq(users.id, target));
    expect(row).toMatchObject({
      status: "deleted",
      name: "Deleted user",
      email: `deleted-${target}@deleted.invalid`,
      passwordHash: null,
    });
    const [profile] = await app.db
      .select()
      .from(patientProfiles)
      .where(eq(patientProfiles.userId, target));
    expect(profile).toMatchObject({
      phone: null,
      addressLine: null,
      city: null,
      postalCode: null,
      dateOfBirth: null,
    });
    expect(await countOf()).toEqual({ ...before, audit: before.audit });
    expect((await failureOf((await session.api()).account.me())).code).toBe("UNAUTHORIZED");
    expect(
      (
        await failureOf(
          (await app.browser().api()).auth.signIn({
            email: "patient@resq.test",
            password: DEMO_PASSWORD,
          }),
        )
      ).code,
    ).toBe("UNAUTHORIZED");
    const [event] = await auditOf("admin.user_deleted", target);
    expect(event).toMatchObject({
      actorId: adminId,
      details: { reason: "Patient asked to be forgotten", role: "patient" },
    });
    expect(JSON.stringify(event)).not.toContain("patient@resq.test");
    expect(
      (
        await failureOf(
          api.admin.deleteUser({
            userId: target,
            reason: "Once more",
            confirmEmail: `deleted-${target}@deleted.invalid`,
          }),
        )
      ).appCode,
    ).toBe("ALREADY_DELETED");
  });
});
