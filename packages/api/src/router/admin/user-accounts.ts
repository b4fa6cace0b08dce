import { and, eq, ne, sql } from "drizzle-orm";

import { issuePasswordResetToken } from "@resq/auth/password-reset";
import type { Database } from "@resq/db/client";
import { SqlState, sqlStateOf } from "@resq/db/errors";
import { doctorProfiles, patientProfiles, users } from "@resq/db/schema";

import { audit } from "../../audit";
import { queueEmail } from "../../email/outbox";
import { accountEmails } from "../../email/templates";
import { DEFAULT_LOCALE } from "../../locales";
import { practiceDefaults, readSettings } from "../../settings/read";
import { AppError, adminProcedure } from "../../trpc";
import { createUserInput, updateUserInput } from "./schemas";

/** An invitation link stays valid for a week: long enough to be found in a busy inbox. */
export const INVITATION_TTL_MINUTES = 7 * 24 * 60;

const emailTaken = () =>
  new AppError("CONFLICT", "EMAIL_TAKEN", "Another account already uses this email.", {
    fields: { email: "Another account already uses this email." },
  });

async function emailInUse(db: Database, email: string, exceptUserId?: string) {
  const [row] = await db
    .select({ id: users.id })
    .from(users)
    .where(
      and(
        sql`lower(${users.email}) = ${email}`,
        exceptUserId ? ne(users.id, exceptUserId) : undefined,
      ),
    );
  return Boolean(row);
}

/**
 * Creates an account of any role without a password and emails an invitation: a link to choose the
 * password (the password-reset token, valid a week), in the invitee's language (chosen by the
 * admin, else English). Following it also proves the email address.
 */
export const createUser = adminProcedure.input(createUserInput).mutation(async ({ ctx, input }) => {
  const locale = input.locale ?? DEFAULT_LOCALE;
  const created = await ctx.db
    .transaction(async (tx) => {
      if (await emailInUse(tx, input.email)) throw emailTaken();
      const [user] = await tx
        .insert(users)
        .values({ email: input.email, name: input.name, role: input.role, locale })
        .returning({ id: users.id });
      if (!user) throw new Error("user not created");
      if (input.role === "patient") await tx.insert(patientProfiles).values({ userId: user.id });
      if (input.role === "doctor")
        await tx
          .insert(doctorProfiles)
          .values({ userId: user.id, displayName: input.name, ...(await practiceDefaults(tx)) });
      const token = await issuePasswordResetToken(tx, user.id, new Date(), INVITATION_TTL_MINUTES);
      const platform = (await readSettings(tx))["platform.name"];
      await queueEmail(
        tx,
        accountEmails.invitation(
          locale,
          input.email,
          { name: input.name, role: input.role },
          platform,
          `${ctx.appUrl}/reset-password?token=${token}`,
        ),
      );
      await audit(ctx, tx, {
        action: "admin.user_created",
        subjectUserId: user.id,
        details: { role: input.role },
      });
      return user;
    })
    .catch((error: unknown) => {
      // Two admins inviting one address at once: the unique index decides.
      if (sqlStateOf(error) === SqlState.uniqueViolation) throw emailTaken();
      throw error;
    });
  await ctx.jobs.kickEmailDelivery();
  return { id: created.id };
});

/** Corrects a user's name, email and contact details. Audited with the names of the changed fields. */
export const updateUser = adminProcedure.input(updateUserInput).mutation(async ({ ctx, input }) => {
  const { userId, name, email, ...contact } = input;
  await ctx.db
    .transaction(async (tx) => {
      const [current] = await tx.select().from(users).where(eq(users.id, userId));
      if (!current) throw new AppError("NOT_FOUND", "NOT_FOUND", "That user does not exist.");
      if (current.status === "deleted")
        throw new AppError("CONFLICT", "USER_DELETED", "A deleted user cannot be edited.");
      if (email !== current.email.toLowerCase() && (await emailInUse(tx, email, userId)))
        throw emailTaken();
      const changed: string[] = [];
      if (name !== current.name) changed.push("name");
      if (email !== current.email.toLowerCase()) changed.push("email");
      await tx
        .update(users)
        .set({
          name,
          email,
          // A new address has not been proven by its owner yet.
          ...(changed.includes("email") ? { emailVerifiedAt: null } : {}),
          updatedAt: new Date(),
        })
        .where(eq(users.id, userId));
      if (current.role === "patient") {
        const [before] = await tx
          .select()
          .from(patientProfiles)
          .where(eq(patientProfiles.userId, userId));
        for (const [field, value] of Object.entries(contact))
          if ((before?.[field as keyof typeof contact] ?? null) !== value) changed.push(field);
        await tx
          .insert(patientProfiles)
          .values({ userId, ...contact })
          .onConflictDoUpdate({
            target: patientProfiles.userId,
            set: { ...contact, updatedAt: new Date() },
          });
      }
      // Field names only: the values are personal data and stay out of the audit trail.
      await audit(ctx, tx, {
        action: "admin.user_updated",
        subjectUserId: userId,
        details: { fields: changed },
      });
    })
    .catch((error: unknown) => {
      if (sqlStateOf(error) === SqlState.uniqueViolation) throw emailTaken();
      throw error;
    });
  return { ok: true as const };
});
