import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";

import { consumeVerificationCode, issueVerificationCode } from "@resq/auth/email-verification";
import { auditEvents, emailOutbox, users } from "@resq/db/schema";
import { testDatabaseKind } from "@resq/db/testing";

import { failureOf, latestEmailTo, seededTestApi, verificationCodeFor } from "../../test-support";

const app = seededTestApi();
const strongPassword = "Glacier orbit pencil 2026!";
const browser = () => app.browser();

describe(`sign-up and email verification on ${testDatabaseKind()}`, () => {
  it("creates an unverified patient, emails a code, and the code signs them in once", async () => {
    const b = browser();
    const answer = await (
      await b.api()
    ).auth.signUp({
      role: "patient",
      name: "Nora Field",
      email: "Nora.Field@Example.org",
      password: strongPassword,
    });
    expect(answer).toEqual({ status: "check-email", email: "nora.field@example.org" });

    const [user] = await app.db
      .select()
      .from(users)
      .where(eq(users.email, "nora.field@example.org"));
    expect(user).toMatchObject({ role: "patient", emailVerifiedAt: null });
    expect(user?.passwordHash).toMatch(/^\$argon2id\$/);

    const code = await verificationCodeFor(app.db, "nora.field@example.org");
    expect(code).toMatch(/^[ACDEFGHJKMNPQRTUVWXY34679]{8}$/);
    const verified = await (
      await b.api()
    ).auth.verifyEmail({ email: "nora.field@example.org", code: code.toLowerCase() });
    expect(verified).toEqual({ next: "home", role: "patient" });
    expect(b.sessionToken).toMatch(/^[a-z2-7]{32}$/);
    expect((await (await b.api()).account.me())?.emailVerified).toBe(true);

    // Single use: the same code does not work again.
    const again = await failureOf(
      (await browser().api()).auth.verifyEmail({ email: "nora.field@example.org", code }),
    );
    expect(again.appCode).toBe("INVALID_CODE");
  });

  it("answers a sign-up for a registered email exactly like a new one, and tells the owner", async () => {
    const fresh = await (
      await browser().api()
    ).auth.signUp({
      role: "patient",
      name: "Quinn Lake",
      email: "quinn.lake@example.org",
      password: strongPassword,
    });
    const taken = await (
      await browser().api()
    ).auth.signUp({
      role: "doctor",
      name: "Someone Else",
      email: "PATIENT@resq.test",
      password: strongPassword,
    });
    expect(taken).toEqual({ ...fresh, email: "patient@resq.test" });
    const notice = await latestEmailTo(app.db, "patient@resq.test");
    expect(notice?.kind).toBe("sign-up-existing");
    const [owner] = await app.db.select().from(users).where(eq(users.email, "patient@resq.test"));
    expect(owner?.role).toBe("patient");
  });

  it("refuses weak and common passwords with a 400 naming the field, and writes nothing", async () => {
    const before = (await app.db.select().from(users)).length;
    for (const password of ["short", "password123", "Nora Field 1", "qwertyuiop"]) {
      const refused = await failureOf(
        (await browser().api()).auth.signUp({
          role: "patient",
          name: "Nora Field",
          email: `weak${password.length}@example.org`,
          password,
        }),
      );
      expect(refused.code).toBe("BAD_REQUEST");
    }
    const badEmail = await failureOf(
      (await browser().api()).auth.signUp({
        role: "patient",
        name: "X",
        email: "not-an-email",
        password: strongPassword,
      }),
    );
    expect(badEmail.code).toBe("BAD_REQUEST");
    const adminRole = await failureOf(
      (await browser().api()).auth.signUp({
        role: "admin" as "patient",
        name: "X",
        email: "sneaky@example.org",
        password: strongPassword,
      }),
    );
    expect(adminRole.code).toBe("BAD_REQUEST");
    expect((await app.db.select().from(users)).length).toBe(before);
  });

  it("burns a code after five wrong tries and refuses an expired one", async () => {
    await (
      await browser().api()
    ).auth.signUp({
      role: "doctor",
      name: "Dr Wren",
      email: "wren@example.org",
      password: strongPassword,
    });
    const code = await verificationCodeFor(app.db, "wren@example.org");
    for (let i = 0; i < 5; i++) {
      const wrong = await failureOf(
        (await browser().api()).auth.verifyEmail({ email: "wren@example.org", code: "AAAAAAAA" }),
      );
      expect(wrong.appCode).toBe("INVALID_CODE");
    }
    const tooLate = await failureOf(
      (await browser().api()).auth.verifyEmail({ email: "wren@example.org", code }),
    );
    expect(tooLate.appCode).toBe("INVALID_CODE");

    const [wren] = await app.db.select().from(users).where(eq(users.email, "wren@example.org"));
    const fresh = await issueVerificationCode(app.db, wren!.id, "wren@example.org");
    const elevenMinutesLater = new Date(Date.now() + 11 * 60_000);
    expect(await consumeVerificationCode(app.db, wren!.id, fresh, elevenMinutesLater)).toEqual({
      ok: false,
      reason: "expired",
    });
  });

  it("lets an unverified account sign in only to verify", async () => {
    await (
      await browser().api()
    ).auth.signUp({
      role: "patient",
      name: "Ivo Stone",
      email: "ivo@example.org",
      password: strongPassword,
    });
    const b = browser();
    const signedIn = await (
      await b.api()
    ).auth.signIn({ email: "ivo@example.org", password: strongPassword });
    expect(signedIn.next).toBe("verify-email");
    expect((await (await b.api()).account.me())?.emailVerified).toBe(false);
    const blocked = await failureOf(
      (await b.api()).account.requestEmailChange({
        password: strongPassword,
        newEmail: "ivo2@example.org",
      }),
    );
    expect(blocked.appCode).toBe("EMAIL_NOT_VERIFIED");
  });

  it("throttles resending codes with a clear 429", async () => {
    await (
      await browser().api()
    ).auth.signUp({
      role: "patient",
      name: "Rae Moss",
      email: "rae@example.org",
      password: strongPassword,
    });
    const b = browser();
    await (await b.api()).auth.resendVerification({ email: "rae@example.org" });
    const second = await failureOf(
      (await b.api()).auth.resendVerification({ email: "rae@example.org" }),
    );
    expect(second.code).toBe("TOO_MANY_REQUESTS");
    expect(second.message).toMatch(/try again in \d+ seconds/);
  });

  it("audits sign-ups without secrets, and queues email in the outbox", async () => {
    const events = await app.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, "auth.sign_up"));
    expect(events.length).toBeGreaterThan(0);
    const everything = JSON.stringify(await app.db.select().from(auditEvents));
    expect(everything).not.toContain(strongPassword);
    const codes = (await app.db.select({ text: emailOutbox.textBody }).from(emailOutbox))
      .map((e) => /code is:\s+([A-Z0-9]{8})/.exec(e.text)?.[1])
      .filter(Boolean) as string[];
    expect(codes.length).toBeGreaterThan(0);
    for (const code of codes) expect(everything).not.toContain(code);
  });
});
