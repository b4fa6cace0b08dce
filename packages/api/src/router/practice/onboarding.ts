import { and, asc, eq, sql } from "drizzle-orm";
import { z } from "zod";

import type { Database } from "@resq/db/client";
import {
  availabilityOverrides,
  availabilityRules,
  doctorProfiles,
  practices,
  services,
  users,
} from "@resq/db/schema";

import { audit } from "../../audit";
import { refreshNextAvailable } from "../../providers/schedule";
import { searchDocumentFor } from "@resq/db/search-document";
import { AppError, doctorProcedure } from "../../trpc";
import {
  availabilityInput,
  bookingSettingsInput,
  licenceInput,
  ONBOARDING_STEPS,
  overrideInput,
  practiceInput,
  profileInput,
  serviceInput,
  type OnboardingStep,
} from "./schemas";

/** Marks a wizard step done and keeps the search text in step with the profile and practice. */
async function afterSave(db: Database, doctorId: string, step: OnboardingStep) {
  const [row] = await db
    .select({
      displayName: doctorProfiles.displayName,
      specialty: doctorProfiles.specialty,
      subSpecialties: doctorProfiles.subSpecialties,
      city: practices.city,
    })
    .from(doctorProfiles)
    .leftJoin(practices, eq(practices.doctorId, doctorProfiles.userId))
    .where(eq(doctorProfiles.userId, doctorId));
  await db
    .update(doctorProfiles)
    .set({
      onboardingSteps: sql`(select array(select distinct unnest(${doctorProfiles.onboardingSteps} || array[${step}]::text[]) order by 1))`,
      searchDocument: row ? searchDocumentFor(row) : "",
      updatedAt: new Date(),
    })
    .where(eq(doctorProfiles.userId, doctorId));
}

/** Everything the onboarding wizard shows, so it can resume at any step. */
export const onboarding = doctorProcedure.query(async ({ ctx }) => {
  const doctorId = ctx.caller.userId;
  const [profile] = await ctx.db
    .select()
    .from(doctorProfiles)
    .where(eq(doctorProfiles.userId, doctorId));
  if (!profile) throw new AppError("NOT_FOUND", "NOT_FOUND", "No doctor profile.");
  const [practice] = await ctx.db.select().from(practices).where(eq(practices.doctorId, doctorId));
  const offered = await ctx.db
    .select()
    .from(services)
    .where(eq(services.doctorId, doctorId))
    .orderBy(asc(services.createdAt));
  const rules = await ctx.db
    .select()
    .from(availabilityRules)
    .where(eq(availabilityRules.doctorId, doctorId))
    .orderBy(asc(availabilityRules.weekday), asc(availabilityRules.startTime));
  const overrides = await ctx.db
    .select()
    .from(availabilityOverrides)
    .where(
      and(
        eq(availabilityOverrides.doctorId, doctorId),
        sql`${availabilityOverrides.date} >= current_date - 1`,
      ),
    )
    .orderBy(asc(availabilityOverrides.date));
  const done = new Set(profile.onboardingSteps);
  return {
    steps: ONBOARDING_STEPS.map((step) => ({ step, done: done.has(step) })),
    complete: ONBOARDING_STEPS.every((step) => done.has(step)),
    verification: {
      status: profile.verificationStatus,
      note: profile.verificationNote,
      submittedAt: profile.submittedAt,
      decidedAt: profile.verificationDecidedAt,
    },
    profile: {
      displayName: profile.displayName,
      specialty: profile.specialty,
      subSpecialties: profile.subSpecialties,
      bio: profile.bio,
      languages: profile.languages,
      yearsOfPractice: profile.yearsOfPractice,
      education: profile.education,
      acceptingNewPatients: profile.acceptingNewPatients,
    },
    licence: {
      licenceNumber: profile.licenceNumber,
      licenceAuthority: profile.licenceAuthority,
      licenceExpiresOn: profile.licenceExpiresOn,
    },
    practice: practice ?? null,
    services: offered,
    rules: rules.map((rule) => ({
      ...rule,
      startTime: rule.startTime.slice(0, 5),
      endTime: rule.endTime.slice(0, 5),
    })),
    overrides: overrides.map((o) => ({
      ...o,
      startTime: o.startTime?.slice(0, 5) ?? null,
      endTime: o.endTime?.slice(0, 5) ?? null,
    })),
    booking: {
      bufferBeforeMinutes: profile.bufferBeforeMinutes,
      bufferAfterMinutes: profile.bufferAfterMinutes,
      minimumNoticeMinutes: profile.minimumNoticeMinutes,
      bookingHorizonDays: profile.bookingHorizonDays,
      maxAppointmentsPerDay: profile.maxAppointmentsPerDay,
      cancellationWindowHours: profile.cancellationWindowHours,
    },
  };
});

export const saveProfile = doctorProcedure.input(profileInput).mutation(async ({ ctx, input }) => {
  await ctx.db.transaction(async (tx) => {
    await tx
      .update(doctorProfiles)
      .set({ ...input, bio: input.bio ?? null, education: input.education ?? null })
      .where(eq(doctorProfiles.userId, ctx.caller.userId));
    await tx
      .update(users)
      .set({ name: input.displayName, updatedAt: new Date() })
      .where(eq(users.id, ctx.caller.userId));
    await afterSave(tx, ctx.caller.userId, "profile");
    await audit(ctx, tx, { action: "practice.profile_saved", subjectUserId: ctx.caller.userId });
  });
  return { ok: true as const };
});

/**
 * Saves the licence. Changing it on a verified profile sends it back to the verification queue:
 * an admin checks the new details before the doctor is listed again.
 */
export const saveLicence = doctorProcedure.input(licenceInput).mutation(async ({ ctx, input }) => {
  const requeued = await ctx.db.transaction(async (tx) => {
    const [before] = await tx
      .select()
      .from(doctorProfiles)
      .where(eq(doctorProfiles.userId, ctx.caller.userId));
    const changed =
      before?.licenceNumber !== input.licenceNumber ||
      before.licenceAuthority !== input.licenceAuthority ||
      before.licenceExpiresOn !== input.licenceExpiresOn;
    const requeue = before?.verificationStatus === "verified" && changed;
    await tx
      .update(doctorProfiles)
      .set({
        ...input,
        ...(requeue ? { verificationStatus: "pending" as const, submittedAt: new Date() } : {}),
      })
      .where(eq(doctorProfiles.userId, ctx.caller.userId));
    await afterSave(tx, ctx.caller.userId, "licence");
    await audit(ctx, tx, {
      action: "practice.licence_saved",
      subjectUserId: ctx.caller.userId,
      details: { requeued: requeue },
    });
    return requeue;
  });
  return { requeued };
});

export const savePractice = doctorProcedure
  .input(practiceInput)
  .mutation(async ({ ctx, input }) => {
    const values = {
      ...input,
      postalCode: input.postalCode ?? null,
      phone: input.phone ?? null,
      updatedAt: new Date(),
    };
    await ctx.db.transaction(async (tx) => {
      await tx
        .insert(practices)
        .values({ doctorId: ctx.caller.userId, ...values })
        .onConflictDoUpdate({ target: practices.doctorId, set: values });
      await afterSave(tx, ctx.caller.userId, "practice");
      await audit(ctx, tx, { action: "practice.practice_saved", subjectUserId: ctx.caller.userId });
    });
    await refreshNextAvailable(ctx.db, [ctx.caller.userId]);
    return { ok: true as const };
  });

/** Adds a service, or updates one of the doctor's own (another doctor's id answers 404). */
export const saveService = doctorProcedure.input(serviceInput).mutation(async ({ ctx, input }) => {
  const { id, ...values } = input;
  const saved = await ctx.db.transaction(async (tx) => {
    const fields = { ...values, description: values.description ?? null, updatedAt: new Date() };
    const [row] = id
      ? await tx
          .update(services)
          .set(fields)
          .where(and(eq(services.id, id), eq(services.doctorId, ctx.caller.userId)))
          .returning({ id: services.id })
      : await tx
          .insert(services)
          .values({ ...fields, doctorId: ctx.caller.userId })
          .returning({ id: services.id });
    if (!row) return null;
    await afterSave(tx, ctx.caller.userId, "services");
    await audit(ctx, tx, {
      action: id ? "practice.service_updated" : "practice.service_added",
      subjectUserId: ctx.caller.userId,
      recordType: "service",
      recordId: row.id,
    });
    return row;
  });
  if (!saved) throw new AppError("NOT_FOUND", "NOT_FOUND", "That service does not exist.");
  await refreshNextAvailable(ctx.db, [ctx.caller.userId]);
  return saved;
});

/** Replaces the weekly hours (wall-clock, in the practice's time zone). */
export const saveAvailability = doctorProcedure
  .input(availabilityInput)
  .mutation(async ({ ctx, input }) => {
    await ctx.db.transaction(async (tx) => {
      await tx.delete(availabilityRules).where(eq(availabilityRules.doctorId, ctx.caller.userId));
      if (input.rules.length)
        await tx
          .insert(availabilityRules)
          .values(input.rules.map((rule) => ({ ...rule, doctorId: ctx.caller.userId })));
      await afterSave(tx, ctx.caller.userId, "availability");
      await audit(ctx, tx, {
        action: "practice.availability_saved",
        subjectUserId: ctx.caller.userId,
        details: { windows: input.rules.length },
      });
    });
    await refreshNextAvailable(ctx.db, [ctx.caller.userId]);
    await ctx.jobs.offerNewAvailability(ctx.caller.userId);
    return { ok: true as const };
  });

export const addOverride = doctorProcedure.input(overrideInput).mutation(async ({ ctx, input }) => {
  const [row] = await ctx.db.transaction(async (tx) => {
    const inserted = await tx
      .insert(availabilityOverrides)
      .values({
        doctorId: ctx.caller.userId,
        date: input.date,
        kind: input.kind,
        startTime: input.startTime ?? null,
        endTime: input.endTime ?? null,
        note: input.note ?? null,
      })
      .returning({ id: availabilityOverrides.id });
    await audit(ctx, tx, {
      action: "practice.override_added",
      subjectUserId: ctx.caller.userId,
      details: { kind: input.kind, date: input.date },
    });
    return inserted;
  });
  await refreshNextAvailable(ctx.db, [ctx.caller.userId]);
  if (input.kind === "extra_hours") await ctx.jobs.offerNewAvailability(ctx.caller.userId);
  return { id: row?.id };
});

export const removeOverride = doctorProcedure
  .input(z.object({ id: z.uuid() }))
  .mutation(async ({ ctx, input }) => {
    const removed = await ctx.db.transaction(async (tx) => {
      const rows = await tx
        .delete(availabilityOverrides)
        .where(
          and(
            eq(availabilityOverrides.id, input.id),
            eq(availabilityOverrides.doctorId, ctx.caller.userId),
          ),
        )
        .returning({ id: availabilityOverrides.id });
      if (rows.length)
        await audit(ctx, tx, {
          action: "practice.override_removed",
          subjectUserId: ctx.caller.userId,
        });
      return rows.length;
    });
    if (!removed) throw new AppError("NOT_FOUND", "NOT_FOUND", "That date change does not exist.");
    await refreshNextAvailable(ctx.db, [ctx.caller.userId]);
    return { ok: true as const };
  });

export const saveBookingSettings = doctorProcedure
  .input(bookingSettingsInput)
  .mutation(async ({ ctx, input }) => {
    await ctx.db.transaction(async (tx) => {
      await tx
        .update(doctorProfiles)
        .set(input)
        .where(eq(doctorProfiles.userId, ctx.caller.userId));
      await afterSave(tx, ctx.caller.userId, "booking");
      await audit(ctx, tx, {
        action: "practice.booking_settings_saved",
        subjectUserId: ctx.caller.userId,
      });
    });
    await refreshNextAvailable(ctx.db, [ctx.caller.userId]);
    return { ok: true as const };
  });

/** Sends a complete profile to the admins' verification queue. */
export const submitForVerification = doctorProcedure.mutation(async ({ ctx }) => {
  const outcome = await ctx.db.transaction(async (tx) => {
    const [profile] = await tx
      .select()
      .from(doctorProfiles)
      .where(eq(doctorProfiles.userId, ctx.caller.userId))
      .for("update");
    if (!profile) return "missing" as const;
    const missing = ONBOARDING_STEPS.filter((step) => !profile.onboardingSteps.includes(step));
    if (missing.length) return { missing };
    if (profile.verificationStatus === "pending" || profile.verificationStatus === "verified")
      return "already" as const;
    await tx
      .update(doctorProfiles)
      .set({ verificationStatus: "pending", submittedAt: new Date(), verificationNote: null })
      .where(eq(doctorProfiles.userId, ctx.caller.userId));
    await audit(ctx, tx, {
      action: "practice.submitted_for_verification",
      subjectUserId: ctx.caller.userId,
    });
    return "submitted" as const;
  });
  if (outcome === "missing") throw new AppError("NOT_FOUND", "NOT_FOUND", "No doctor profile.");
  if (typeof outcome === "object") {
    throw new AppError(
      "BAD_REQUEST",
      "ONBOARDING_INCOMPLETE",
      "Complete these steps first: {steps}.",
      {
        values: {
          steps: {
            list: outcome.missing.map((step) => ({ term: `onboardingStep.${step}` as const })),
            join: "comma",
          },
        },
      },
    );
  }
  if (outcome === "already")
    throw new AppError(
      "CONFLICT",
      "ALREADY_SUBMITTED",
      "Your profile is already verified or waiting for review.",
    );
  return { status: "pending" as const };
});
