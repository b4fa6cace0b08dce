import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";

import { secretFromManualKey, totpCodeAt } from "@resq/auth/totp";
import { auditEvents, totpCredentials, users } from "@resq/db/schema";
import { DEMO_PASSWORD } from "@resq/db/seed";
import { testDatabaseKind } from "@resq/db/testing";

import { seededTestApi } from "../../test-support";

const app = seededTestApi();

async function as(email: string | null) {
  const b = app.browser();
  if (email) await (await b.api()).auth.signIn({ email, password: DEMO_PASSWORD });
  return b;
}
const codeOf = (call: Promise<unknown>) =>
  call.then(
    () => "OK",
    (e: { code: string }) => e.code,
  );

describe(`admin account tools on ${testDatabaseKind()}`, () => {
  it("shows the outbox mailbox to admins only", async () => {
    await (await (await as(null)).api()).auth.requestPasswordReset({ email: "patient@resq.test" });
    const admin = await as("admin@resq.test");
    const page = await (await admin.api()).admin.mailbox({ page: 1, pageSize: 10 });
    expect(page.provider).toBe("outbox");
    expect(page.items[0]).toMatchObject({ to: "patient@resq.test", kind: "password-reset" });
    expect(page.total).toBeGreaterThan(0);

    expect(await codeOf((await (await as(null)).api()).admin.mailbox({}))).toBe("UNAUTHORIZED");
    expect(await codeOf((await (await as("patient@resq.test")).api()).admin.mailbox({}))).toBe(
      "FORBIDDEN",
    );
    expect(await codeOf((await (await as("doctor@resq.test")).api()).admin.mailbox({}))).toBe(
      "FORBIDDEN",
    );
  });

  it("resets a user's MFA with a reason: authenticator gone, sessions ended, audited", async () => {
    const user = await as("patient2@resq.test");
    const enrolment = await (
      await user.api()
    ).account.beginMfaEnrolment({ password: DEMO_PASSWORD });
    await (
      await user.api()
    ).account.confirmMfaEnrolment({
      code: totpCodeAt(secretFromManualKey(enrolment.manualKey), new Date()),
    });
    const [target] = await app.db.select().from(users).where(eq(users.email, "patient2@resq.test"));

    const admin = await as("admin@resq.test");
    expect(
      await codeOf((await admin.api()).admin.resetUserMfa({ userId: target!.id, reason: "no" })),
    ).toBe("BAD_REQUEST");
    expect(
      await codeOf(
        (await (await as("doctor@resq.test")).api()).admin.resetUserMfa({
          userId: target!.id,
          reason: "Lost their phone, identity checked",
        }),
      ),
    ).toBe("FORBIDDEN");
    expect(
      (await app.db.select().from(totpCredentials).where(eq(totpCredentials.userId, target!.id)))
        .length,
    ).toBe(1);

    await (
      await admin.api()
    ).admin.resetUserMfa({ userId: target!.id, reason: "Lost their phone, identity checked" });
    expect(
      (await app.db.select().from(totpCredentials).where(eq(totpCredentials.userId, target!.id)))
        .length,
    ).toBe(0);
    expect(await codeOf((await user.api()).account.me())).toBe("UNAUTHORIZED");
    const [event] = await app.db
      .select()
      .from(auditEvents)
      .where(
        and(eq(auditEvents.action, "admin.mfa_reset"), eq(auditEvents.subjectUserId, target!.id)),
      );
    expect(event).toMatchObject({
      actorRole: "admin",
      details: { reason: "Lost their phone, identity checked", sessionsEnded: 1 },
    });

    expect(
      await codeOf(
        (await admin.api()).admin.resetUserMfa({
          userId: "00000000-0000-4000-8000-000000000000",
          reason: "Lost their phone",
        }),
      ),
    ).toBe("NOT_FOUND");
  });
});
