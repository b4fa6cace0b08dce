import { eq } from "drizzle-orm";

import type { Database } from "@resq/db/client";
import { patientProfiles, users } from "@resq/db/schema";

import { audit } from "../../audit";
import { patientProcedure } from "../../trpc";
import { profileCompleteness } from "../dashboard/profile";
import {
  isSexAtBirth,
  PATIENT_PROFILE_FIELDS,
  updatePatientProfileInput,
  type PatientProfileField,
} from "./schemas";

/** The caller's profile as the form shows it, with how complete it is (as the dashboard counts). */
async function readProfile(db: Database, userId: string) {
  const [row] = await db
    .select({ user: { name: users.name, email: users.email }, profile: patientProfiles })
    .from(users)
    .leftJoin(patientProfiles, eq(patientProfiles.userId, users.id))
    .where(eq(users.id, userId));
  // The access check has just resolved this user from their session: the row exists.
  if (!row) throw new Error("the signed-in patient has no user row");
  const { profile } = row;
  return {
    name: row.user.name,
    /** Shown for reference; it is changed on the security page, with a code sent to it. */
    email: row.user.email,
    dateOfBirth: profile?.dateOfBirth ?? null,
    // A value written before the choices were fixed reads as unanswered rather than breaking the form.
    sexAtBirth: isSexAtBirth(profile?.sexAtBirth) ? profile.sexAtBirth : null,
    phone: profile?.phone ?? null,
    addressLine: profile?.addressLine ?? null,
    city: profile?.city ?? null,
    postalCode: profile?.postalCode ?? null,
    country: profile?.country ?? null,
    emergencyContactName: profile?.emergencyContactName ?? null,
    emergencyContactPhone: profile?.emergencyContactPhone ?? null,
    timeZone: profile?.timeZone ?? null,
    updatedAt: profile?.updatedAt ?? null,
    completeness: profileCompleteness(profile),
  };
}

/** The signed-in patient's own profile (no input: a patient has exactly one, theirs). */
export const get = patientProcedure.query(({ ctx }) => readProfile(ctx.db, ctx.caller.userId));

/**
 * Saves the whole profile as the patient edited it (an empty field clears it), creating the
 * profile row if the account has none. One transaction: the name, the profile and the audit event
 * commit together. The audit names the changed fields only: the values are personal data.
 */
export const update = patientProcedure
  .input(updatePatientProfileInput)
  .mutation(async ({ ctx, input }) => {
    const userId = ctx.caller.userId;
    const { name, ...details } = input;
    const changed = await ctx.db.transaction(async (tx) => {
      const [user] = await tx
        .select({ name: users.name })
        .from(users)
        .where(eq(users.id, userId))
        .for("update");
      const [before] = await tx
        .select()
        .from(patientProfiles)
        .where(eq(patientProfiles.userId, userId))
        .for("update");
      const current: Partial<Record<PatientProfileField, string | null>> = {
        ...before,
        name: user?.name ?? null,
      };
      const changed = PATIENT_PROFILE_FIELDS.filter(
        (field) => (current[field] ?? null) !== input[field],
      );
      if (before && changed.length === 0) return changed;

      const now = new Date();
      if (changed.includes("name"))
        await tx.update(users).set({ name, updatedAt: now }).where(eq(users.id, userId));
      await tx
        .insert(patientProfiles)
        .values({ userId, ...details })
        .onConflictDoUpdate({
          target: patientProfiles.userId,
          set: { ...details, updatedAt: now },
        });
      await audit(ctx, tx, {
        action: "patient_profile.updated",
        patientId: userId,
        subjectUserId: userId,
        recordType: "patient_profile",
        recordId: userId,
        details: { fields: changed, created: !before },
      });
      return changed;
    });
    return { changed, profile: await readProfile(ctx.db, userId) };
  });
