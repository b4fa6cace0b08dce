import { eq } from "drizzle-orm";

import { hashPassword } from "@resq/auth/password";
import { revokeUserRefreshTokens } from "@resq/auth/refresh-token";
import { invalidateUserSessions } from "@resq/auth/session";
import { users } from "@resq/db/schema";

import { audit } from "../../audit";
import { checkOwnPassword } from "../../auth/password-check";
import { queueEmail } from "../../email/outbox";
import { accountEmails } from "../../email/templates";
import { localeOf } from "../../i18n/recipient";
import { changePasswordInput } from "../../schemas";
import { AppError, accountSetupProcedure } from "../../trpc";

/** Changes the password (the current one is required); every other session and API token ends. */
export const changePassword = accountSetupProcedure
  .input(changePasswordInput)
  .mutation(async ({ ctx, input }) => {
    if (!(await checkOwnPassword(ctx.db, ctx.caller.userId, input.currentPassword))) {
      throw new AppError("BAD_REQUEST", "INVALID_PASSWORD", "Your current password is not right.", {
        fields: { currentPassword: "Your current password is not right." },
      });
    }
    const passwordHash = await hashPassword(input.newPassword);
    const keep = ctx.caller.via.kind === "session" ? ctx.caller.via.sessionId : undefined;
    await ctx.db.transaction(async (tx) => {
      await tx
        .update(users)
        .set({ passwordHash, updatedAt: new Date() })
        .where(eq(users.id, ctx.caller.userId));
      const ended = await invalidateUserSessions(tx, ctx.caller.userId, keep);
      await revokeUserRefreshTokens(tx, ctx.caller.userId);
      await queueEmail(
        tx,
        accountEmails.passwordChanged(
          await localeOf(tx, ctx.caller.userId),
          ctx.caller.email,
          ctx.caller.name,
        ),
      );
      await audit(ctx, tx, {
        action: "auth.password_changed",
        subjectUserId: ctx.caller.userId,
        details: { sessionsEnded: ended },
      });
    });
    await ctx.jobs.kickEmailDelivery();
    return { ok: true as const };
  });
