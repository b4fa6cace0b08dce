import { eq } from "drizzle-orm";

import { consumeVerificationCode, issueVerificationCode } from "@resq/auth/email-verification";
import { users } from "@resq/db/schema";

import { audit } from "../../audit";
import { findUserByEmail } from "../../auth/password-check";
import { enforceLimits, keys, limits } from "../../auth/throttle";
import { queueEmail } from "../../email/outbox";
import { accountEmails } from "../../email/templates";
import { asLocale } from "../../i18n/recipient";
import { resendVerificationInput, verifyEmailInput } from "../../schemas";
import { AppError, publicProcedure } from "../../trpc";
import { startBrowserSession } from "./session-start";

const INVALID_CODE = () =>
  new AppError(
    "BAD_REQUEST",
    "INVALID_CODE",
    "That code is not right or has expired. Check the email, or ask for a new code.",
    {
      fields: { code: "That code is not right or has expired." },
    },
  );

/**
 * Proves an email address with the emailed code and signs the new user in. Unknown emails, wrong,
 * expired and used-up codes all get the same answer.
 */
export const verifyEmail = publicProcedure
  .input(verifyEmailInput)
  .mutation(async ({ ctx, input }) => {
    await enforceLimits(ctx.db, [[keys.email("verify", input.email), limits.verifyPerEmail]]);
    const verified = await ctx.db.transaction(async (tx) => {
      const user = await findUserByEmail(tx, input.email);
      if (!user || user.emailVerifiedAt || user.status !== "active") return null;
      const result = await consumeVerificationCode(tx, user.id, input.code);
      if (!result.ok || result.email.toLowerCase() !== user.email.toLowerCase()) {
        await audit(ctx, tx, {
          action: "auth.verify_email",
          outcome: "failure",
          actorId: user.id,
          actorRole: user.role,
          subjectUserId: user.id,
          details: { reason: result.ok ? "email_mismatch" : result.reason },
        });
        return null;
      }
      const [updated] = await tx
        .update(users)
        .set({ emailVerifiedAt: new Date(), updatedAt: new Date() })
        .where(eq(users.id, user.id))
        .returning();
      await audit(ctx, tx, {
        action: "auth.verify_email",
        actorId: user.id,
        actorRole: user.role,
        subjectUserId: user.id,
      });
      return updated ?? null;
    });
    if (!verified) throw INVALID_CODE();
    const next = await startBrowserSession(ctx, verified, "email_code");
    return { next, role: verified.role };
  });

/** Sends a new code (throttled: one a minute, five an hour per address). Same answer for anyone. */
export const resendVerification = publicProcedure
  .input(resendVerificationInput)
  .mutation(async ({ ctx, input }) => {
    await enforceLimits(ctx.db, [
      [keys.email("resend", input.email), limits.resendPerEmail],
      [keys.email("resend-hourly", input.email), limits.resendPerEmailHourly],
    ]);
    await ctx.db.transaction(async (tx) => {
      const user = await findUserByEmail(tx, input.email);
      if (!user || user.emailVerifiedAt || user.status !== "active") return;
      const code = await issueVerificationCode(tx, user.id, user.email);
      await queueEmail(
        tx,
        accountEmails.verifyEmail(asLocale(user.locale), user.email, user.name, code),
      );
    });
    await ctx.jobs.kickEmailDelivery();
    return { status: "check-email" as const };
  });
