import { eq } from "drizzle-orm";
import { z } from "zod";

import { revokeUserRefreshTokens } from "@resq/auth/refresh-token";
import { invalidateUserSessions } from "@resq/auth/session";
import { recoveryCodes, totpCredentials, users } from "@resq/db/schema";

import { audit } from "../../audit";
import { queueEmail } from "../../email/outbox";
import { accountEmails } from "../../email/templates";
import { asLocale } from "../../i18n/recipient";
import { AppError, adminProcedure } from "../../trpc";
import { reasonSchema } from "./schemas";

/** Removes a user's authenticator and recovery codes (lost phone); their sessions end. Audited with the reason. */
export const resetUserMfa = adminProcedure
  .input(z.object({ userId: z.uuid("Unknown user."), reason: reasonSchema }))
  .mutation(async ({ ctx, input }) => {
    const done = await ctx.db.transaction(async (tx) => {
      const [user] = await tx.select().from(users).where(eq(users.id, input.userId));
      if (!user) return false;
      await tx.delete(totpCredentials).where(eq(totpCredentials.userId, user.id));
      await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, user.id));
      const ended = await invalidateUserSessions(tx, user.id);
      await revokeUserRefreshTokens(tx, user.id);
      await queueEmail(
        tx,
        accountEmails.mfaChanged(asLocale(user.locale), user.email, user.name, false),
      );
      await audit(ctx, tx, {
        action: "admin.mfa_reset",
        subjectUserId: user.id,
        details: { reason: input.reason, sessionsEnded: ended },
      });
      return true;
    });
    if (!done) throw new AppError("NOT_FOUND", "NOT_FOUND", "That user does not exist.");
    await ctx.jobs.kickEmailDelivery();
    return { ok: true as const };
  });
