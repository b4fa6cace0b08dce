import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";

import { hashPassword, verifyPassword } from "@resq/auth/password";
import { validateSessionToken } from "@resq/auth/session";
import { secretFromManualKey, totpCodeAt } from "@resq/auth/totp";
import { auditEvents, sessions, users } from "@resq/db/schema";
import { DEMO_PASSWORD } from "@resq/db/seed";
import { testDatabaseKind } from "@resq/db/testing";

import {
  type TestBrowser,
  failureOf,
  latestEmailTo,
  seededTestApi,
  setMfaRequiredRoles,
} from "../../test-support";

const app = seededTestApi();
const browser = (ip?: string) => app.browser(ip);

async function signedIn(email: string, password = DEMO_PASSWORD) {
  const b = browser();
  const result = await (await b.api()).auth.signIn({ email, password });
  return { b, result };
}

/** Enrols TOTP for a signed-in browser the way a person would, returning the secret. */
async function enrolTotp(b: TestBrowser, password: string) {
  const enrolment = await (await b.api()).account.beginMfaEnrolment({ password });
  expect(enrolment.uri).toMatch(/^otpauth:\/\/totp\//);
  expect(enrolment.qrSvg).toContain("<svg");
  const secret = secretFromManualKey(enrolment.manualKey);
  const enrolmentCode = totpCodeAt(secret, new Date());
  const { recoveryCodes } = await (
    await b.api()
  ).account.confirmMfaEnrolment({ code: enrolmentCode });
  return { secret, recoveryCodes, enrolmentCode };
}

describe(`sign-in on ${testDatabaseKind()}`, () => {
  it("signs in with a new session each time and only the token's hash stored", async () => {
    const first = await signedIn("patient@resq.test");
    const second = await signedIn("PATIENT@resq.test");
    expect(first.result).toEqual({ next: "home", role: "patient" });
    expect(first.b.sessionToken).not.toEqual(second.b.sessionToken);
    const stored = await app.db.select({ id: sessions.id }).from(sessions);
    expect(stored.map((s) => s.id)).not.toContain(first.b.sessionToken);
    expect((await (await first.b.api()).account.me())?.email).toBe("patient@resq.test");
  });

  it("answers an unknown email exactly like a wrong password, and audits both", async () => {
    const unknown = await failureOf(
      (await browser().api()).auth.signIn({
        email: "nobody@example.org",
        password: "whatever it is",
      }),
    );
    const wrong = await failureOf(
      (await browser().api()).auth.signIn({
        email: "patient2@resq.test",
        password: "whatever it is",
      }),
    );
    expect(unknown).toEqual(wrong);
    expect(wrong).toMatchObject({ code: "UNAUTHORIZED", appCode: "INVALID_CREDENTIALS" });
    const failures = await app.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.outcome, "failure"));
    expect(failures.filter((e) => e.action === "auth.sign_in").length).toBeGreaterThanOrEqual(2);
    expect(JSON.stringify(failures)).not.toContain("whatever it is");
  });

  it("takes about the same time for unknown and known emails (argon2 runs either way)", async () => {
    const time = async (work: () => Promise<unknown>) => {
      const started = performance.now();
      await work();
      return performance.now() - started;
    };
    const signInAs = (email: string) => () =>
      failureOf(
        browser(`198.51.100.${Math.floor(Math.random() * 200)}`)
          .api()
          .then((api) => api.auth.signIn({ email, password: "not the password" })),
      );
    const median = (values: number[]) =>
      values.sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
    // One argon2 verification on its own: what an unknown email must cost at least. Measured
    // interleaved with the sign-ins, so a busy machine slows all three alike.
    const storedHash = await hashPassword("some other password");
    const unknown: number[] = [];
    const known: number[] = [];
    const argon2: number[] = [];
    for (let i = 0; i < 5; i++) {
      unknown.push(await time(signInAs(`ghost${i}@example.org`)));
      known.push(await time(signInAs("doctor2@resq.test")));
      argon2.push(await time(() => verifyPassword(storedHash, "not the password")));
    }
    // Without the dummy hash an unknown email answers in ~1 ms against ~15 ms or more for argon2.
    expect(median(unknown)).toBeGreaterThan(median(argon2) * 0.6);
    expect(median(known)).toBeGreaterThan(median(argon2) * 0.6);
  });

  it("throttles repeated failures for one account with 429 and Retry-After", async () => {
    let last;
    for (let i = 0; i < 8; i++) {
      last = await failureOf(
        (await browser(`192.0.2.${i + 1}`).api()).auth.signIn({
          email: "doctor2@resq.test",
          password: `wrong ${i}`,
        }),
      );
      if (last.code === "TOO_MANY_REQUESTS") break;
    }
    expect(last).toMatchObject({ code: "TOO_MANY_REQUESTS", appCode: "RATE_LIMITED" });
    expect(last?.retryAfterSeconds).toBeGreaterThan(0);
    // Even the right password waits out the back-off.
    const blocked = await failureOf(
      (await browser("192.0.2.99").api()).auth.signIn({
        email: "doctor2@resq.test",
        password: DEMO_PASSWORD,
      }),
    );
    expect(blocked.code).toBe("TOO_MANY_REQUESTS");
  });

  it("throttles one IP across accounts", async () => {
    const ip = "198.51.100.250";
    let last;
    for (let i = 0; i < 32; i++) {
      last = await failureOf(
        (await browser(ip).api()).auth.signIn({
          email: `spray${i}@example.org`,
          password: "guess guess",
        }),
      );
      if (last.code === "TOO_MANY_REQUESTS") break;
    }
    expect(last?.code).toBe("TOO_MANY_REQUESTS");
  });

  it("has no shared per-IP bucket when the client IP is unknown (no trusted proxy)", async () => {
    // 35 failed sign-ins for different accounts from unknown IPs must not lock anybody else out.
    for (let i = 0; i < 35; i++) {
      const failed = await failureOf(
        (await app.browser(null).api()).auth.signIn({
          email: `nobody${i}@example.org`,
          password: "guess guess",
        }),
      );
      expect(failed.code).toBe("UNAUTHORIZED");
    }
    expect(
      (
        await (
          await app.browser(null).api()
        ).auth.signIn({ email: "doctor@resq.test", password: DEMO_PASSWORD })
      ).next,
    ).toBe("home");
  });

  it("refuses a suspended user and ends their sessions' use at once", async () => {
    const { b } = await signedIn("patient2@resq.test");
    await app.db
      .update(users)
      .set({ status: "suspended" })
      .where(eq(users.email, "patient2@resq.test"));
    expect(await (await b.api()).account.me().catch((e: { code: string }) => e.code)).toBe(
      "UNAUTHORIZED",
    );
    const refused = await failureOf(
      (await browser().api()).auth.signIn({ email: "patient2@resq.test", password: DEMO_PASSWORD }),
    );
    expect(refused).toMatchObject({ code: "FORBIDDEN", appCode: "ACCOUNT_SUSPENDED" });
    await app.db
      .update(users)
      .set({ status: "active" })
      .where(eq(users.email, "patient2@resq.test"));
  });

  it("ends a session after 30 idle minutes and after 12 hours whatever the activity", async () => {
    const { b } = await signedIn("admin@resq.test");
    const token = b.sessionToken!;
    const policy = { idleTimeoutMinutes: 30, absoluteLifetimeHours: 12 };
    const now = Date.now();
    expect(
      await validateSessionToken(app.db, token, policy, new Date(now + 29 * 60_000)),
    ).not.toBeNull();
    // Activity at +29 min slid the idle expiry; +58 min is within 30 minutes of it.
    expect(
      await validateSessionToken(app.db, token, policy, new Date(now + 58 * 60_000)),
    ).not.toBeNull();
    expect(
      await validateSessionToken(app.db, token, policy, new Date(now + 90 * 60_000)),
    ).toBeNull();
    // Expired sessions are removed, not just refused.
    expect(await validateSessionToken(app.db, token, policy, new Date(now))).toBeNull();

    const { b: other } = await signedIn("admin@resq.test");
    let t = now;
    for (let step = 0; step < 25; step++) {
      t += 29 * 60_000;
      const alive = await validateSessionToken(app.db, other.sessionToken!, policy, new Date(t));
      if (t - now >= 12 * 3_600_000) expect(alive).toBeNull();
      if (!alive) break;
    }
    expect(t - now).toBeGreaterThanOrEqual(12 * 3_600_000);
  });

  it("signs out this session only", async () => {
    const one = await signedIn("doctor@resq.test");
    const two = await signedIn("doctor@resq.test");
    await (await one.b.api()).auth.signOut();
    expect(one.b.sessionToken).toBeNull();
    expect(await (await two.b.api()).account.me()).not.toBeNull();
  });
});

describe(`two-factor authentication on ${testDatabaseKind()}`, () => {
  const password = "Harbour lantern violet 77";

  async function newVerifiedUser(email: string, role: "patient" | "doctor" = "patient") {
    await (await browser().api()).auth.signUp({ role, name: "Test Person", email, password });
    const text = (await latestEmailTo(app.db, email))?.textBody ?? "";
    const code = /code is:\s+([A-Z0-9]{8})/.exec(text)?.[1] ?? "";
    const b = browser();
    await (await b.api()).auth.verifyEmail({ email, code });
    return b;
  }

  it("enrols with a confirmed code, then asks for it at sign-in, never accepting a code twice", async () => {
    const b = await newVerifiedUser("totp.user@example.org");
    const other = browser();
    await (await other.api()).auth.signIn({ email: "totp.user@example.org", password });
    const { secret, recoveryCodes, enrolmentCode } = await enrolTotp(b, password);
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    // Turning MFA on ended the other session.
    expect(await (await other.api()).account.me().catch((e: { code: string }) => e.code)).toBe(
      "UNAUTHORIZED",
    );

    const c = browser();
    expect(
      await (await c.api()).auth.signIn({ email: "totp.user@example.org", password }),
    ).toMatchObject({ next: "second-factor" });
    // Password alone reaches nothing else.
    expect((await failureOf((await c.api()).account.listSessions())).appCode).toBe("MFA_REQUIRED");
    expect(
      (await failureOf((await c.api()).auth.verifySecondFactor({ code: "000000" }))).appCode,
    ).toBe("INVALID_CODE");

    // The code used at enrolment is refused: a code is never accepted twice. (The very code, not
    // one computed now: on a slow machine a 30-second step may have begun since, whose code is new.)
    const sameStep = await failureOf(
      (await c.api()).auth.verifySecondFactor({ code: enrolmentCode }),
    );
    expect(sameStep.appCode).toBe("INVALID_CODE");
    const nextStep = totpCodeAt(secret, new Date(Date.now() + 30_000));
    expect(await (await c.api()).auth.verifySecondFactor({ code: nextStep })).toMatchObject({
      next: "home",
      method: "totp",
    });
    expect(Array.isArray(await (await c.api()).account.listSessions())).toBe(true);

    const d = browser();
    await (await d.api()).auth.signIn({ email: "totp.user@example.org", password });
    expect(
      (await failureOf((await d.api()).auth.verifySecondFactor({ code: nextStep }))).appCode,
    ).toBe("INVALID_CODE");

    // A recovery code works once.
    expect(
      await (await d.api()).auth.verifySecondFactor({ code: recoveryCodes[0]!.toLowerCase() }),
    ).toMatchObject({ method: "recovery_code" });
    const e = browser();
    await (await e.api()).auth.signIn({ email: "totp.user@example.org", password });
    expect(
      (await failureOf((await e.api()).auth.verifySecondFactor({ code: recoveryCodes[0]! })))
        .appCode,
    ).toBe("INVALID_CODE");
    expect((await (await c.api()).account.mfaStatus()).recoveryCodesLeft).toBe(9);
  });

  it("keeps the TOTP secret encrypted at rest", async () => {
    const rows = await app.db.execute(
      (await import("drizzle-orm")).sql`select secret_ciphertext from totp_credentials`,
    );
    const text = JSON.stringify(rows);
    expect(text).toMatch(/v1\.[0-9a-f]{12}\./);
  });

  it("leads doctors to enrol when MFA is required for their role, and lets nothing else through", async () => {
    await setMfaRequiredRoles(app.db, ["doctor", "admin"]);
    try {
      const b = await newVerifiedUser("mfa.doctor@example.org", "doctor");
      const again = browser();
      expect(
        await (await again.api()).auth.signIn({ email: "mfa.doctor@example.org", password }),
      ).toMatchObject({ next: "enrol-mfa" });
      expect(
        (
          await failureOf(
            (await again.api()).account.requestEmailChange({ password, newEmail: "x@example.org" }),
          )
        ).appCode,
      ).toBe("MFA_ENROLMENT_REQUIRED");
      await enrolTotp(b, password);
      expect((await (await b.api()).account.me())?.mfaEnabled).toBe(true);
      expect(
        (await failureOf((await b.api()).account.disableMfa({ password, code: "123456" }))).appCode,
      ).toBe("MFA_REQUIRED_FOR_ROLE");
    } finally {
      await setMfaRequiredRoles(app.db, []);
    }
  });
});

describe(`password change on ${testDatabaseKind()}`, () => {
  it("needs the current password and ends every other session", async () => {
    const keep = await signedIn("patient@resq.test");
    const other = await signedIn("patient@resq.test");
    const wrong = await failureOf(
      (await keep.b.api()).account.changePassword({
        currentPassword: "not it",
        newPassword: "Copper meadow sailing 42",
      }),
    );
    expect(wrong.appCode).toBe("INVALID_PASSWORD");
    await (
      await keep.b.api()
    ).account.changePassword({
      currentPassword: DEMO_PASSWORD,
      newPassword: "Copper meadow sailing 42",
    });
    expect(await (await keep.b.api()).account.me()).not.toBeNull();
    expect(await (await other.b.api()).account.me().catch((e: { code: string }) => e.code)).toBe(
      "UNAUTHORIZED",
    );
    expect((await latestEmailTo(app.db, "patient@resq.test"))?.kind).toBe("password-changed");
    expect((await signedIn("patient@resq.test", "Copper meadow sailing 42")).result.next).toBe(
      "home",
    );
  });
});
