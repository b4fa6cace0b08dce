import { and, eq, ne, sql } from "drizzle-orm";

import { consumeVerificationCode, issueVerificationCode } from "@resq/auth/email-verification";
import { users } from "@resq/db/schema";

import { audit } from "../../audit";
import { checkOwnPassword } from "../../auth/password-check";
import { enforceLimits, keys, limits } from "../../auth/throttle";
import { queueEmail } from "../../email/outbox";
import { accountEmails } from "../../email/templates";
import { localeOf } from "../../i18n/recipient";
import { changeEmailInput, confirmEmailChangeInput } from "../../schemas";
import { AppError, signedInProcedure } from "../../trpc";

/**
 * Starts an email change: the password is required, and a code goes to the new address. The address
 * changes only when that code comes back. (A taken address gets the same answer; the change then
 * fails at confirmation, so this does not reveal who is registered.)
 */
export const requestEmailChange = signedInProcedure
  .input(changeEmailInput)
  .mutation(async ({ ctx, input }) => {
    await enforceLimits(ctx.db, [
      [keys.account("email-change", ctx.caller.userId), limits.resendPerEmailHourly],
    ]);
    if (!(await checkOwnPassword(ctx.db, ctx.caller.userId, input.password))) {
      throw new AppError("BAD_REQUEST", "INVALID_PASSWORD", "Your password is not right.", {
        fields: { password: "Your password is not right." },
      });
    }
    await ctx.db.transaction(async (tx) => {
      const code = await issueVerificationCode(tx, ctx.caller.userId, input.newEmail);
      await queueEmail(
        tx,
        accountEmails.verifyEmail(
          await localeOf(tx, ctx.caller.userId),
          input.newEmail,
          ctx.caller.name,
          code,
        ),
      );
      await audit(ctx, tx, {
        action: "auth.email_change_requested",
        subjectUserId: ctx.caller.userId,
      });
    });
    await ctx.jobs.kickEmailDelivery();
    return { status: "check-email" as const, email: input.newEmail };
  });

/** Completes an email change with the code sent to the new address; the old address is told. */
export const confirmEmailChange = signedInProcedure
  .input(confirmEmailChangeInput)
  .mutation(async ({ ctx, input }) => {
    const result = await ctx.db.transaction(async (tx) => {
      const check = await consumeVerificationCode(tx, ctx.caller.userId, input.code);
      if (!check.ok) return null;
      const [taken] = await tx
        .select({ id: users.id })
        .from(users)
        .where(
          and(
            sql`lower(${users.email}) = ${check.email.toLowerCase()}`,
            ne(users.id, ctx.caller.userId),
          ),
        );
      if (taken) return null;
      await tx
        .update(users)
        .set({ email: check.email, emailVerifiedAt: new Date(), updatedAt: new Date() })
        .where(eq(users.id, ctx.caller.userId));
      await queueEmail(
        tx,
        accountEmails.emailChanged(
          await localeOf(tx, ctx.caller.userId),
          ctx.caller.email,
          ctx.caller.name,
          check.email,
        ),
      );
      await audit(ctx, tx, { action: "auth.email_changed", subjectUserId: ctx.caller.userId });
      return check.email;
    });
    if (!result) {
      throw new AppError("BAD_REQUEST", "INVALID_CODE", "That code is not right or has expired.", {
        fields: { code: "That code is not right or has expired." },
      });
    }
    await ctx.jobs.kickEmailDelivery();
    return { email: result };
  });
