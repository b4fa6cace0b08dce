import { eq } from "drizzle-orm";

import { revokeUserRefreshTokens } from "@resq/auth/refresh-token";
import { invalidateUserSessions } from "@resq/auth/session";
import type { Database } from "@resq/db/client";
import {
  calendarFeeds,
  doctorProfiles,
  emailVerificationCodes,
  passwordResetTokens,
  patientProfiles,
  recoveryCodes,
  totpCredentials,
  users,
  type User,
} from "@resq/db/schema";

import { audit } from "../../audit";
import type { Caller, Context } from "../../context";
import { AppError, adminProcedure } from "../../trpc";
import { accessChangeInput, deleteUserInput } from "./schemas";

type AdminCtx = Context & { caller: Caller };

/** The target of an access change, locked for the transaction; never the admin themself. */
async function targetUser(ctx: AdminCtx, tx: Database, userId: string): Promise<User> {
  if (userId === ctx.caller.userId)
    throw new AppError(
      "BAD_REQUEST",
      "CANNOT_CHANGE_OWN_ACCESS",
      "You cannot suspend or delete your own account. Ask another admin.",
    );
  const [user] = await tx.select().from(users).where(eq(users.id, userId)).for("update");
  if (!user) throw new AppError("NOT_FOUND", "NOT_FOUND", "That user does not exist.");
  return user;
}

/** Ends every way in at once: browser sessions and REST refresh-token families. */
async function endAccess(tx: Database, userId: string): Promise<number> {
  const ended = await invalidateUserSessions(tx, userId);
  await revokeUserRefreshTokens(tx, userId);
  return ended;
}

/** Suspends an active account: it cannot sign in and its open sessions end now. */
export const suspendUser = adminProcedure
  .input(accessChangeInput)
  .mutation(async ({ ctx, input }) => {
    await ctx.db.transaction(async (tx) => {
      const user = await targetUser(ctx, tx, input.userId);
      if (user.status !== "active")
        throw new AppError("CONFLICT", "NOT_ACTIVE", "Only an active account can be suspended.");
      await tx
        .update(users)
        .set({ status: "suspended", updatedAt: new Date() })
        .where(eq(users.id, user.id));
      const sessionsEnded = await endAccess(tx, user.id);
      await audit(ctx, tx, {
        action: "admin.user_suspended",
        subjectUserId: user.id,
        details: { reason: input.reason, sessionsEnded },
      });
    });
    return { ok: true as const };
  });

/** Lets a suspended account sign in again. */
export const reactivateUser = adminProcedure
  .input(accessChangeInput)
  .mutation(async ({ ctx, input }) => {
    await ctx.db.transaction(async (tx) => {
      const user = await targetUser(ctx, tx, input.userId);
      if (user.status !== "suspended")
        throw new AppError(
          "CONFLICT",
          "NOT_SUSPENDED",
          "Only a suspended account can be reactivated.",
        );
      await tx
        .update(users)
        .set({ status: "active", updatedAt: new Date() })
        .where(eq(users.id, user.id));
      await audit(ctx, tx, {
        action: "admin.user_reactivated",
        subjectUserId: user.id,
        details: { reason: input.reason },
      });
    });
    return { ok: true as const };
  });

/** The placeholder that replaces a deleted user's email: unique, and never deliverable (.invalid). */
export const deletedEmailOf = (userId: string) => `deleted-${userId}@deleted.invalid`;

/**
 * Removes a user's personal data and every way to sign in, keeping the row (and so their
 * appointments, records, invoices and audit events, which must be retained) under a placeholder.
 */
export async function anonymiseUser(tx: Database, userId: string): Promise<number> {
  const now = new Date();
  await tx
    .update(users)
    .set({
      name: "Deleted user",
      email: deletedEmailOf(userId),
      passwordHash: null,
      emailVerifiedAt: null,
      status: "deleted",
      updatedAt: now,
    })
    .where(eq(users.id, userId));
  await tx
    .update(patientProfiles)
    .set({
      dateOfBirth: null,
      phone: null,
      addressLine: null,
      city: null,
      postalCode: null,
      country: null,
      emergencyContactName: null,
      emergencyContactPhone: null,
      updatedAt: now,
    })
    .where(eq(patientProfiles.userId, userId));
  await tx
    .update(doctorProfiles)
    .set({ displayName: "Deleted doctor", bio: null, acceptingNewPatients: false, updatedAt: now })
    .where(eq(doctorProfiles.userId, userId));
  await tx.delete(totpCredentials).where(eq(totpCredentials.userId, userId));
  await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
  await tx.delete(passwordResetTokens).where(eq(passwordResetTokens.userId, userId));
  await tx.delete(emailVerificationCodes).where(eq(emailVerificationCodes.userId, userId));
  await tx.delete(calendarFeeds).where(eq(calendarFeeds.userId, userId));
  return endAccess(tx, userId);
}

/** Deletes an account by anonymising it, after the admin typed its email. Cannot be undone. */
export const deleteUser = adminProcedure.input(deleteUserInput).mutation(async ({ ctx, input }) => {
  await ctx.db.transaction(async (tx) => {
    const user = await targetUser(ctx, tx, input.userId);
    if (user.status === "deleted")
      throw new AppError("CONFLICT", "ALREADY_DELETED", "This account is already deleted.");
    if (input.confirmEmail.toLowerCase() !== user.email.toLowerCase())
      throw new AppError("BAD_REQUEST", "CONFIRMATION_MISMATCH", "The email does not match.", {
        fields: { confirmEmail: "Type the user's email exactly to confirm." },
      });
    const sessionsEnded = await anonymiseUser(tx, user.id);
    await audit(ctx, tx, {
      action: "admin.user_deleted",
      subjectUserId: user.id,
      details: { reason: input.reason, role: user.role, sessionsEnded },
    });
  });
  return { ok: true as const };
});
