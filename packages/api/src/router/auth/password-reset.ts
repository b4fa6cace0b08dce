import { eq, sql } from "drizzle-orm";

import { hashPassword } from "@resq/auth/password";
import { randomToken } from "@resq/auth/tokens";
import {
  RESET_TOKEN_BYTES,
  consumePasswordResetToken,
  findPasswordResetToken,
  issuePasswordResetToken,
} from "@resq/auth/password-reset";
import { invalidateUserSessions } from "@resq/auth/session";
import { revokeUserRefreshTokens } from "@resq/auth/refresh-token";
import { users } from "@resq/db/schema";

import { audit } from "../../audit";
import { findUserByEmail } from "../../auth/password-check";
import { checkSecondFactor, hasConfirmedTotp } from "../../auth/second-factor";
import { enforceLimits, keys, limits } from "../../auth/throttle";
import { queueEmail } from "../../email/outbox";
import { accountEmails } from "../../email/templates";
import { asLocale } from "../../i18n/recipient";
import { requestPasswordResetInput, resetPasswordInput, resetTokenSchema } from "../../schemas";
import { AppError, publicProcedure } from "../../trpc";
import { z } from "zod";

/**
 * Emails a reset link when the account exists. Known and unknown emails get the same answer after
 * the same work: both paths create a token and queue an email row (for an unknown address the
 * transaction is rolled back), so neither the answer nor its timing tells them apart.
 */
export const requestPasswordReset = publicProcedure
  .input(requestPasswordResetInput)
  .mutation(async ({ ctx, input }) => {
    await enforceLimits(ctx.db, [
      [keys.ip("reset", ctx.request.ip), limits.resetPerIp],
      [keys.email("reset", input.email), limits.resetPerEmail],
    ]);
    const discard = new Error("no such account: roll back");
    await ctx.db
      .transaction(async (tx) => {
        const user = await findUserByEmail(tx, input.email);
        const usable = user && user.status === "active";
        const token = usable
          ? await issuePasswordResetToken(tx, user.id)
          : randomToken(RESET_TOKEN_BYTES);
        await queueEmail(
          tx,
          accountEmails.passwordReset(
            // The account's language; for an unknown address (rolled back), the request's.
            user ? asLocale(user.locale) : ctx.request.locale,
            user?.email ?? input.email,
            user?.name ?? "",
            `${ctx.appUrl}/reset-password?token=${token}`,
          ),
        );
        if (!usable) throw discard;
        await audit(ctx, tx, { action: "auth.password_reset_requested", subjectUserId: user.id });
      })
      .catch((error: unknown) => {
        if (error !== discard) throw error;
      });
    await ctx.jobs.kickEmailDelivery();
    return { status: "check-email" as const };
  });

/** Whether a reset link is still valid, and whether the reset will ask for a second factor. */
export const checkPasswordReset = publicProcedure
  .input(z.object({ token: resetTokenSchema }))
  .query(async ({ ctx, input }) => {
    const found = await findPasswordResetToken(ctx.db, input.token);
    if (!found) return { valid: false as const };
    return {
      valid: true as const,
      secondFactorRequired: await hasConfirmedTotp(ctx.db, found.userId),
    };
  });

/** Sets a new password from a reset link: single use, asks for the second factor, ends every session. */
export const resetPassword = publicProcedure
  .input(resetPasswordInput)
  .mutation(async ({ ctx, input }) => {
    const passwordHash = await hashPassword(input.password);
    const outcome = await ctx.db.transaction(async (tx) => {
      const found = await findPasswordResetToken(tx, input.token);
      if (!found) return "invalid" as const;
      if (await hasConfirmedTotp(tx, found.userId)) {
        if (!input.code) return "code-required" as const;
        const check = await checkSecondFactor(tx, ctx.keyring, found.userId, input.code);
        if (!check.ok) return "code-invalid" as const;
      }
      const consumed = await consumePasswordResetToken(tx, input.token);
      if (!consumed) return "invalid" as const;
      const [user] = await tx
        .update(users)
        // The link came by email, so following it proves the address (an invited user's first password).
        .set({
          passwordHash,
          emailVerifiedAt: sql`coalesce(${users.emailVerifiedAt}, now())`,
          updatedAt: new Date(),
        })
        .where(eq(users.id, consumed.userId))
        .returning();
      if (!user) return "invalid" as const;
      const ended = await invalidateUserSessions(tx, user.id);
      await revokeUserRefreshTokens(tx, user.id);
      await queueEmail(
        tx,
        accountEmails.passwordChanged(asLocale(user.locale), user.email, user.name),
      );
      await audit(ctx, tx, {
        action: "auth.password_reset",
        actorId: user.id,
        actorRole: user.role,
        subjectUserId: user.id,
        details: { sessionsEnded: ended },
      });
      return "done" as const;
    });
    if (outcome === "invalid")
      throw new AppError(
        "BAD_REQUEST",
        "INVALID_TOKEN",
        "This reset link is not valid any more. Ask for a new one.",
      );
    if (outcome === "code-required") {
      throw new AppError(
        "BAD_REQUEST",
        "MFA_REQUIRED",
        "Enter the code from your authenticator app, or a recovery code.",
        { fields: { code: "Enter your code." } },
      );
    }
    if (outcome === "code-invalid")
      throw new AppError("BAD_REQUEST", "INVALID_CODE", "That code is not right.", {
        fields: { code: "That code is not right." },
      });
    await ctx.jobs.kickEmailDelivery();
    return { status: "password-changed" as const };
  });
