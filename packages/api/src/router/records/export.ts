import { and, asc, desc, eq, inArray } from "drizzle-orm";
import { z } from "zod";

import {
  encounters,
  labResults,
  patientProfiles,
  prescriptions,
  problems,
  treatmentNotes,
  users,
} from "@resq/db/schema";

import { recordProductEvent } from "../../analytics/product-events";
import { auditChart, requireChart } from "../../records/access";
import { chartSummary, chartTimeline, readableNote } from "../../records/chart";
import { fhirBundle } from "../../records/fhir";
import { renderRecordPdf } from "../../records/pdf";
import { roleProcedure } from "../../trpc";
import type { Database } from "@resq/db/client";

const exporters = roleProcedure("patient", "doctor", "admin");
const exportInput = z.object({ patientId: z.uuid().optional() }).default({});

async function fullChart(db: Database, patientId: string) {
  const summary = await chartSummary(db, patientId);
  const [profile] = await db
    .select({
      dateOfBirth: patientProfiles.dateOfBirth,
      email: users.email,
      timeZone: patientProfiles.timeZone,
    })
    .from(users)
    .leftJoin(patientProfiles, eq(patientProfiles.userId, users.id))
    .where(eq(users.id, patientId));
  return {
    ...summary,
    patientProfile: profile ? { dateOfBirth: profile.dateOfBirth, email: profile.email } : null,
    timeZone: profile?.timeZone ?? "UTC",
    allProblems: await db
      .select()
      .from(problems)
      .where(eq(problems.patientId, patientId))
      .orderBy(desc(problems.recordedAt)),
    allMedications: await db
      .select()
      .from(prescriptions)
      .where(eq(prescriptions.patientId, patientId))
      .orderBy(desc(prescriptions.prescribedAt)),
    allLabs: await db
      .select()
      .from(labResults)
      .where(eq(labResults.patientId, patientId))
      .orderBy(desc(labResults.collectedAt)),
    allEncounters: await db
      .select()
      .from(encounters)
      .where(eq(encounters.patientId, patientId))
      .orderBy(desc(encounters.occurredAt)),
  };
}

/** The whole record as a FHIR R4 Bundle (JSON), to take to another provider. Audited. */
export const exportFhir = exporters.input(exportInput).query(async ({ ctx, input }) => {
  const { patientId, access } = await requireChart(ctx, input.patientId);
  return ctx.db.transaction(async (tx) => {
    await auditChart(ctx, tx, {
      action: "record.exported",
      patientId,
      access,
      details: { format: "fhir" },
    });
    await recordProductEvent(tx, {
      kind: "record.downloaded",
      userId: ctx.caller.userId,
      role: ctx.caller.role,
      properties: { format: "fhir" },
    });
    return fhirBundle(await fullChart(tx, patientId));
  });
});

/** The whole record as a PDF (base64, for a download). Audited. */
export const exportPdf = exporters.input(exportInput).query(async ({ ctx, input }) => {
  const { patientId, access } = await requireChart(ctx, input.patientId);
  return ctx.db.transaction(async (tx) => {
    await auditChart(ctx, tx, {
      action: "record.exported",
      patientId,
      access,
      details: { format: "pdf" },
    });
    await recordProductEvent(tx, {
      kind: "record.downloaded",
      userId: ctx.caller.userId,
      role: ctx.caller.role,
      properties: { format: "pdf" },
    });
    const chart = await fullChart(tx, patientId);
    const { items } = await chartTimeline(tx, patientId, { limit: 1000, offset: 0 });
    const signed = await tx
      .select()
      .from(treatmentNotes)
      .where(and(eq(treatmentNotes.patientId, patientId), eq(treatmentNotes.status, "signed")))
      .orderBy(asc(treatmentNotes.createdAt));
    // Only the authors of these notes, not every doctor on the platform.
    const authorIds = [...new Set(signed.map((note) => note.doctorId))];
    const authors = new Map(
      authorIds.length
        ? (
            await tx
              .select({ id: users.id, name: users.name })
              .from(users)
              .where(inArray(users.id, authorIds))
          ).map((u) => [u.id, u.name])
        : [],
    );
    const pdf = await renderRecordPdf({
      patientName: chart.patient?.name ?? "",
      generatedAt: new Date(),
      timeZone: chart.timeZone,
      entries: items,
      notes: signed.map((note) => {
        const readable = readableNote(ctx.keyring, note);
        return {
          version: readable.version,
          signedAt: readable.signedAt,
          authorName: authors.get(readable.doctorId) ?? null,
          amendmentReason: readable.amendmentReason,
          body: readable.body,
        };
      }),
    });
    return {
      filename: "health-record.pdf",
      contentType: "application/pdf",
      base64: pdf.toString("base64"),
    };
  });
});
