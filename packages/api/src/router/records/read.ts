import { and, count, desc, eq, inArray, sql } from "drizzle-orm";
import { z } from "zod";

import { auditEvents, treatmentNotes, users } from "@resq/db/schema";

import { auditChart, chartNotFound, requireChart } from "../../records/access";
import { chartSummary, chartTimeline, findRecord, readableNote } from "../../records/chart";
import { patientProcedure, roleProcedure } from "../../trpc";
import { timelineInput } from "./schemas";

const chartReaders = roleProcedure("patient", "doctor", "admin");

/** Active problems, medications, allergies and recent labs of a chart the caller may open. */
export const summary = chartReaders
  .input(z.object({ patientId: z.uuid().optional() }).default({}))
  .query(async ({ ctx, input }) => {
    const { patientId, access } = await requireChart(ctx, input.patientId);
    // The audit row is written last: it takes the audit chain's lock, held until commit, so
    // every audited act waits on it; reading first keeps that wait short. Same transaction.
    return ctx.db.transaction(async (tx) => {
      const summary = await chartSummary(tx, patientId);
      await auditChart(ctx, tx, { action: "record.summary_read", patientId, access });
      return {
        ...summary,
        access: access.via,
        accessExpiresAt: access.via === "break_glass" ? access.expiresAt : null,
      };
    });
  });

/** Every entry of a chart, filtered by type and date, newest first, paged. */
export const timeline = chartReaders.input(timelineInput).query(async ({ ctx, input }) => {
  const { patientId, access } = await requireChart(ctx, input.patientId);
  return ctx.db.transaction(async (tx) => {
    const result = await chartTimeline(tx, patientId, {
      types: input.types,
      from: input.from,
      to: input.to,
      limit: input.pageSize,
      offset: (input.page - 1) * input.pageSize,
      draftsOf: ctx.caller.role === "doctor" ? ctx.caller.userId : undefined,
    });
    // Audited last, in the same transaction (see summary above).
    await auditChart(ctx, tx, {
      action: "record.list_read",
      patientId,
      access,
      details: { types: input.types ?? "all" },
    });
    return { ...result, page: input.page, pageSize: input.pageSize };
  });
});

/** One record (any kind) of a chart the caller may open; 404 otherwise. Notes come decrypted. */
export const get = chartReaders
  .input(z.object({ id: z.uuid("Unknown record.") }))
  .query(async ({ ctx, input }) => {
    const found = await findRecord(ctx.db, input.id);
    if (!found) throw chartNotFound();
    const { patientId, access } = await requireChart(ctx, found.row.patientId).catch(() => {
      throw chartNotFound();
    });
    if (found.type === "note") {
      const note = found.row as unknown as typeof treatmentNotes.$inferSelect;
      if (note.status === "draft" && note.doctorId !== ctx.caller.userId) throw chartNotFound();
    }
    return ctx.db.transaction(async (tx) => {
      await auditChart(ctx, tx, {
        action: "record.read",
        patientId,
        access,
        recordType: found.type,
        recordId: input.id,
      });
      if (found.type === "note") {
        const note = readableNote(
          ctx.keyring,
          found.row as unknown as typeof treatmentNotes.$inferSelect,
        );
        const versions = await tx
          .select({
            id: treatmentNotes.id,
            version: treatmentNotes.version,
            amendmentReason: treatmentNotes.amendmentReason,
            signedAt: treatmentNotes.signedAt,
          })
          .from(treatmentNotes)
          .where(
            and(
              eq(treatmentNotes.patientId, patientId),
              inArray(treatmentNotes.id, [
                note.id,
                ...(note.amendsNoteId ? [note.amendsNoteId] : []),
              ]),
            ),
          );
        const [author] = await tx
          .select({ name: users.name })
          .from(users)
          .where(eq(users.id, note.doctorId));
        return {
          type: found.type,
          record: { ...note, authorName: author?.name ?? null },
          versions,
        };
      }
      return { type: found.type, record: found.row, versions: [] };
    });
  });

/**
 * "Who viewed my record": every audited access to the caller's chart, with who, their role, when,
 * what, and the reason when it was emergency (break-glass) access.
 */
export const accessLog = patientProcedure
  .input(
    z
      .object({
        page: z.number().int().min(1).max(10_000).default(1),
        pageSize: z.number().int().min(1).max(100).default(25),
      })
      .default({ page: 1, pageSize: 25 }),
  )
  .query(async ({ ctx, input }) => {
    // Accesses by others: the patient's own reads are not news to them.
    const where = and(
      eq(auditEvents.patientId, ctx.caller.userId),
      sql`${auditEvents.actorId} is distinct from ${ctx.caller.userId}::uuid`,
    );
    const [total] = await ctx.db.select({ n: count() }).from(auditEvents).where(where);
    const rows = await ctx.db
      .select({
        seq: auditEvents.seq,
        occurredAt: auditEvents.occurredAt,
        action: auditEvents.action,
        actorRole: auditEvents.actorRole,
        actorName: users.name,
        recordType: auditEvents.recordType,
        details: auditEvents.details,
      })
      .from(auditEvents)
      .leftJoin(users, eq(users.id, auditEvents.actorId))
      .where(where)
      .orderBy(desc(auditEvents.seq))
      .limit(input.pageSize)
      .offset((input.page - 1) * input.pageSize);
    return {
      items: rows.map((row) => {
        const details = row.details as { via?: string; breakGlassReason?: string };
        return {
          id: row.seq,
          occurredAt: row.occurredAt,
          action: row.action,
          actorRole: row.actorRole,
          actorName: row.actorRole === "system" ? "RESQ" : (row.actorName ?? "Unknown"),
          recordType: row.recordType,
          breakGlass: details.via === "break_glass",
          breakGlassReason: details.breakGlassReason ?? null,
        };
      }),
      page: input.page,
      pageSize: input.pageSize,
      total: total?.n ?? 0,
    };
  });
