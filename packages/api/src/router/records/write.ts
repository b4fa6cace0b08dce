import { and, eq } from "drizzle-orm";

import { encrypt } from "@resq/auth/encryption";
import type { Database } from "@resq/db/client";
import {
  allergies,
  breakGlassGrants,
  immunizations,
  labResults,
  prescriptions,
  problems,
  treatmentNotes,
  users,
} from "@resq/db/schema";

import { audit } from "../../audit";
import { securityEmails } from "../../email/templates";
import { roleName } from "../../i18n/common";
import type { Locale } from "../../locales";
import { notificationText } from "../../notifications/texts";
import { notify, notifyByEmail, type NotificationText } from "../../notify";
import { auditChart, chartNotFound, requireChart } from "../../records/access";
import type { Caller, Context } from "../../context";
import type { RecordType } from "../../records/types";
import { AppError, doctorProcedure, roleProcedure } from "../../trpc";
import {
  allergyInput,
  amendInput,
  breakGlassInput,
  immunizationInput,
  labInput,
  noteDraftInput,
  prescriptionInput,
  problemInput,
} from "./schemas";
import { z } from "zod";

/**
 * Adds one entry to a chart the calling doctor may write to (care relationship or break-glass):
 * the insert, its audit event and the patient's notification in one transaction.
 */
async function addEntry(
  ctx: Context & { caller: Caller },
  patientIdInput: string,
  type: RecordType,
  insert: (tx: Database, patientId: string) => Promise<string | undefined>,
  notice?: (locale: Locale) => NotificationText,
): Promise<{ id: string }> {
  const { patientId, access } = await requireChart(ctx, patientIdInput);
  return ctx.db.transaction(async (tx) => {
    const id = await insert(tx, patientId);
    await auditChart(ctx, tx, {
      action: "record.created",
      patientId,
      access,
      recordType: type,
      recordId: id,
    });
    if (notice)
      await notify(tx, patientId, { kind: "record.new", text: notice, link: "/patient/records" });
    return { id: id ?? "" };
  });
}

export const addProblem = doctorProcedure.input(problemInput).mutation(({ ctx, input }) =>
  addEntry(
    ctx,
    input.patientId,
    "problem",
    async (tx, patientId) => {
      const [row] = await tx
        .insert(problems)
        .values({
          ...input,
          patientId,
          recordedById: ctx.caller.userId,
          onsetDate: input.onsetDate ?? null,
        })
        .returning({ id: problems.id });
      return row?.id;
    },
    (locale) => ({
      title: notificationText(locale)("recordDiagnosis.title"),
      body: notificationText(locale)("recordDiagnosis.body"),
    }),
  ),
);

export const addPrescription = doctorProcedure.input(prescriptionInput).mutation(({ ctx, input }) =>
  addEntry(
    ctx,
    input.patientId,
    "prescription",
    async (tx, patientId) => {
      const [row] = await tx
        .insert(prescriptions)
        .values({
          ...input,
          patientId,
          prescriberId: ctx.caller.userId,
          durationDays: input.durationDays ?? null,
        })
        .returning({ id: prescriptions.id });
      return row?.id;
    },
    (locale) => ({ title: notificationText(locale)("recordPrescription.title") }),
  ),
);

export const addLab = doctorProcedure.input(labInput).mutation(async ({ ctx, input }) => {
  const outside =
    input.valueNumeric !== undefined &&
    ((input.referenceLow !== undefined && input.valueNumeric < input.referenceLow) ||
      (input.referenceHigh !== undefined && input.valueNumeric > input.referenceHigh));
  const { id } = await addEntry(
    ctx,
    input.patientId,
    "lab",
    async (tx, patientId) => {
      const [row] = await tx
        .insert(labResults)
        .values({
          patientId,
          recordedById: ctx.caller.userId,
          testName: input.testName,
          code: input.code ?? null,
          valueNumeric: input.valueNumeric?.toString() ?? null,
          valueText: input.valueText ?? null,
          unit: input.unit ?? null,
          referenceLow: input.referenceLow?.toString() ?? null,
          referenceHigh: input.referenceHigh?.toString() ?? null,
          abnormal: outside,
          collectedAt: input.collectedAt,
          reportedAt: input.reportedAt,
        })
        .returning({ id: labResults.id });
      return row?.id;
    },
    (locale) => ({ title: notificationText(locale)("recordLabResult.title") }),
  );
  return { id, abnormal: outside };
});

export const addAllergy = doctorProcedure.input(allergyInput).mutation(({ ctx, input }) =>
  addEntry(ctx, input.patientId, "allergy", async (tx, patientId) => {
    const [row] = await tx
      .insert(allergies)
      .values({ ...input, patientId, recordedById: ctx.caller.userId })
      .returning({ id: allergies.id });
    return row?.id;
  }),
);

export const addImmunization = doctorProcedure.input(immunizationInput).mutation(({ ctx, input }) =>
  addEntry(ctx, input.patientId, "immunization", async (tx, patientId) => {
    const [row] = await tx
      .insert(immunizations)
      .values({ ...input, patientId, recordedById: ctx.caller.userId, lot: input.lot ?? null })
      .returning({ id: immunizations.id });
    return row?.id;
  }),
);

/** Creates or updates the caller's draft note (encrypted at rest). Signed notes cannot be edited. */
export const saveNoteDraft = doctorProcedure
  .input(noteDraftInput)
  .mutation(async ({ ctx, input }) => {
    const { patientId, access } = await requireChart(ctx, input.patientId);
    const bodyCiphertext = encrypt(ctx.keyring, input.body);
    return ctx.db.transaction(async (tx) => {
      let id = input.noteId;
      if (id) {
        const [draft] = await tx
          .update(treatmentNotes)
          .set({ bodyCiphertext, updatedAt: new Date() })
          .where(
            and(
              eq(treatmentNotes.id, id),
              eq(treatmentNotes.doctorId, ctx.caller.userId),
              eq(treatmentNotes.patientId, patientId),
              eq(treatmentNotes.status, "draft"),
            ),
          )
          .returning({ id: treatmentNotes.id });
        if (!draft)
          throw new AppError(
            "NOT_FOUND",
            "NOT_FOUND",
            "No such draft (a signed note cannot be edited: write an amendment).",
          );
      } else {
        const [created] = await tx
          .insert(treatmentNotes)
          .values({
            patientId,
            doctorId: ctx.caller.userId,
            appointmentId: input.appointmentId ?? null,
            bodyCiphertext,
          })
          .returning({ id: treatmentNotes.id });
        id = created?.id;
      }
      await auditChart(ctx, tx, {
        action: "note.draft_saved",
        patientId,
        access,
        recordType: "note",
        recordId: id,
      });
      return { id: id ?? "" };
    });
  });

/** Signs a draft: from now on it is part of the legal record and never changes. */
export const signNote = doctorProcedure
  .input(z.object({ noteId: z.uuid() }))
  .mutation(async ({ ctx, input }) => {
    const [note] = await ctx.db
      .select()
      .from(treatmentNotes)
      .where(
        and(eq(treatmentNotes.id, input.noteId), eq(treatmentNotes.doctorId, ctx.caller.userId)),
      );
    if (!note) throw chartNotFound();
    if (note.status === "signed")
      throw new AppError("CONFLICT", "ALREADY_SIGNED", "This note is already signed.");
    const { patientId, access } = await requireChart(ctx, note.patientId);
    return ctx.db.transaction(async (tx) => {
      await tx
        .update(treatmentNotes)
        .set({ status: "signed", signedAt: new Date(), updatedAt: new Date() })
        .where(eq(treatmentNotes.id, note.id));
      await auditChart(ctx, tx, {
        action: "note.signed",
        patientId,
        access,
        recordType: "note",
        recordId: note.id,
      });
      await notify(tx, patientId, {
        kind: "record.new",
        text: (locale) => ({ title: notificationText(locale)("recordNote.title") }),
        link: `/patient/records/${note.id}`,
      });
      return { id: note.id, status: "signed" as const };
    });
  });

/** Amends a signed note: a new signed version with a reason, linked to the original; both remain. */
export const amendNote = doctorProcedure.input(amendInput).mutation(async ({ ctx, input }) => {
  const [original] = await ctx.db
    .select()
    .from(treatmentNotes)
    .where(eq(treatmentNotes.id, input.noteId));
  if (!original || (original.status === "draft" && original.doctorId !== ctx.caller.userId))
    throw chartNotFound();
  const { patientId, access } = await requireChart(ctx, original.patientId);
  if (original.status !== "signed")
    throw new AppError(
      "CONFLICT",
      "NOT_SIGNED",
      "Only a signed note is amended; edit the draft instead.",
    );
  return ctx.db.transaction(async (tx) => {
    const now = new Date();
    const [amendment] = await tx
      .insert(treatmentNotes)
      .values({
        patientId,
        doctorId: ctx.caller.userId,
        appointmentId: original.appointmentId,
        encounterId: original.encounterId,
        version: original.version + 1,
        amendsNoteId: original.id,
        amendmentReason: input.reason,
        status: "signed",
        signedAt: now,
        bodyCiphertext: encrypt(ctx.keyring, input.body),
      })
      .returning({ id: treatmentNotes.id });
    await auditChart(ctx, tx, {
      action: "note.amended",
      patientId,
      access,
      recordType: "note",
      recordId: amendment?.id,
      details: { amends: original.id },
    });
    return { id: amendment?.id ?? "", version: original.version + 1 };
  });
});

/**
 * Emergency access without a care relationship: a stated reason and a time limit; the patient and
 * every admin are told at once, and every access under it is flagged in the audit trail.
 */
export const breakGlass = roleProcedure("doctor", "admin")
  .input(breakGlassInput)
  .mutation(async ({ ctx, input }) => {
    const [patient] = await ctx.db
      .select({ id: users.id, email: users.email, role: users.role })
      .from(users)
      .where(eq(users.id, input.patientId));
    if (!patient || patient.role !== "patient") throw chartNotFound();
    const expiresAt = new Date(Date.now() + input.minutes * 60_000);
    const grant = await ctx.db.transaction(async (tx) => {
      const [row] = await tx
        .insert(breakGlassGrants)
        .values({
          userId: ctx.caller.userId,
          patientId: patient.id,
          reason: input.reason,
          expiresAt,
        })
        .returning({ id: breakGlassGrants.id });
      await audit(ctx, tx, {
        action: "record.break_glass",
        patientId: patient.id,
        recordType: "break_glass",
        recordId: row?.id,
        details: { via: "break_glass", breakGlassReason: input.reason, minutes: input.minutes },
      });
      const actor = { name: ctx.caller.name, role: ctx.caller.role };
      await notify(tx, patient.id, {
        kind: "security.break_glass",
        text: (locale) => {
          const t = notificationText(locale);
          return {
            title: t("breakGlass.title"),
            body: t("breakGlass.body", {
              actor: actor.name,
              role: roleName(locale, actor.role),
              reason: input.reason,
            }),
          };
        },
        link: "/patient/records/access-log",
      });
      await notifyByEmail(tx, patient.id, "security.break_glass", (locale) =>
        securityEmails.breakGlass(locale, patient.email, actor, input.reason),
      );
      const admins = await tx
        .select({ id: users.id })
        .from(users)
        .where(and(eq(users.role, "admin"), eq(users.status, "active")));
      for (const admin of admins) {
        await notify(tx, admin.id, {
          kind: "security.break_glass",
          text: (locale) => {
            const t = notificationText(locale);
            return {
              title: t("breakGlassAdmin.title"),
              body: t("breakGlassAdmin.body", { actor: ctx.caller.name, reason: input.reason }),
            };
          },
        });
      }
      return row;
    });
    await ctx.jobs.kickEmailDelivery();
    return { id: grant?.id ?? "", expiresAt };
  });
