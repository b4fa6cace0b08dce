import { describe, expect, it } from "vitest";

import { secretFromManualKey, totpCodeAt } from "@resq/auth/totp";
import { emailOutbox, passwordResetTokens } from "@resq/db/schema";
import { DEMO_PASSWORD } from "@resq/db/seed";
import { testDatabaseKind } from "@resq/db/testing";

import { failureOf, latestEmailTo, seededTestApi } from "../../test-support";

const app = seededTestApi();
const browser = (ip?: string) => app.browser(ip);

async function resetLinkFor(email: string) {
  await (await browser().api()).auth.requestPasswordReset({ email });
  const mail = await latestEmailTo(app.db, email);
  expect(mail?.kind).toBe("password-reset");
  const token = /reset-password\?token=([a-z2-7]+)/.exec(mail?.textBody ?? "")?.[1];
  if (!token) throw new Error("no reset link");
  return token;
}

describe(`password reset on ${testDatabaseKind()}`, () => {
  it("answers unknown and known emails the same, and emails only real accounts", async () => {
    const before = (await app.db.select().from(emailOutbox)).length;
    const unknown = await (
      await browser().api()
    ).auth.requestPasswordReset({ email: "ghost@example.org" });
    const known = await (
      await browser().api()
    ).auth.requestPasswordReset({ email: "doctor2@resq.test" });
    expect(unknown).toEqual(known);
    const after = await app.db.select().from(emailOutbox);
    expect(after.length).toBe(before + 1);
    expect(after.some((e) => e.toAddress === "ghost@example.org")).toBe(false);
  });

  it("uses a long single-use token, stored hashed, that ends every session", async () => {
    const session = browser();
    await (
      await session.api()
    ).auth.signIn({ email: "patient2@resq.test", password: DEMO_PASSWORD });
    const token = await resetLinkFor("patient2@resq.test");
    expect(token.length).toBeGreaterThanOrEqual(40); // 25 random bytes in base32
    const stored = await app.db.select({ id: passwordResetTokens.id }).from(passwordResetTokens);
    expect(stored.map((row) => row.id)).not.toContain(token);

    expect(await (await browser().api()).auth.checkPasswordReset({ token })).toEqual({
      valid: true,
      secondFactorRequired: false,
    });
    await (
      await browser().api()
    ).auth.resetPassword({ token, password: "Juniper canyon ladder 19" });
    expect(await (await session.api()).account.me().catch((e: { code: string }) => e.code)).toBe(
      "UNAUTHORIZED",
    );
    expect(
      (
        await failureOf(
          (await browser().api()).auth.resetPassword({ token, password: "Another fine phrase 20" }),
        )
      ).appCode,
    ).toBe("INVALID_TOKEN");
    expect(await (await browser().api()).auth.checkPasswordReset({ token })).toEqual({
      valid: false,
    });
    expect(
      (
        await (
          await browser().api()
        ).auth.signIn({ email: "patient2@resq.test", password: "Juniper canyon ladder 19" })
      ).next,
    ).toBe("home");
  });

  it("expires after an hour", async () => {
    const token = await resetLinkFor("doctor@resq.test");
    await app.db.update(passwordResetTokens).set({ expiresAt: new Date(Date.now() - 1000) });
    expect(
      (
        await failureOf(
          (await browser().api()).auth.resetPassword({
            token,
            password: "Juniper canyon ladder 19",
          }),
        )
      ).appCode,
    ).toBe("INVALID_TOKEN");
  });

  it("asks for the second factor when MFA is on", async () => {
    const b = browser();
    await (await b.api()).auth.signIn({ email: "admin@resq.test", password: DEMO_PASSWORD });
    const enrolment = await (await b.api()).account.beginMfaEnrolment({ password: DEMO_PASSWORD });
    const secret = secretFromManualKey(enrolment.manualKey);
    await (await b.api()).account.confirmMfaEnrolment({ code: totpCodeAt(secret, new Date()) });

    const token = await resetLinkFor("admin@resq.test");
    expect(await (await browser().api()).auth.checkPasswordReset({ token })).toEqual({
      valid: true,
      secondFactorRequired: true,
    });
    expect(
      (
        await failureOf(
          (await browser().api()).auth.resetPassword({
            token,
            password: "Juniper canyon ladder 19",
          }),
        )
      ).appCode,
    ).toBe("MFA_REQUIRED");
    expect(
      (
        await failureOf(
          (await browser().api()).auth.resetPassword({
            token,
            password: "Juniper canyon ladder 19",
            code: "123456",
          }),
        )
      ).appCode,
    ).toBe("INVALID_CODE");
    await (
      await browser().api()
    ).auth.resetPassword({
      token,
      password: "Juniper canyon ladder 19",
      code: totpCodeAt(secret, new Date(Date.now() + 30_000)),
    });
    // The reset ended b's session; the new password works, and still asks for the code.
    expect(await (await b.api()).account.me().catch((e: { code: string }) => e.code)).toBe(
      "UNAUTHORIZED",
    );
    const again = browser();
    expect(
      (
        await (
          await again.api()
        ).auth.signIn({ email: "admin@resq.test", password: "Juniper canyon ladder 19" })
      ).next,
    ).toBe("second-factor");
  });
});
