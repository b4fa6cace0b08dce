import { count, desc, eq } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { z } from "zod";

import { verifyAuditChain } from "@resq/db/audit";
import type { Database } from "@resq/db/client";
import { auditEvents, users } from "@resq/db/schema";

import { AppError, adminProcedure } from "../../trpc";
import { auditWhere } from "./audit-filter";
import { auditLogInput } from "./schemas";

const actor = alias(users, "actor");
const patient = alias(users, "patient");
const subject = alias(users, "subject");

/** Audit events with the people they name, for the viewer and the CSV export. */
export function auditEventRows(db: Database) {
  return db
    .select({
      seq: auditEvents.seq,
      occurredAt: auditEvents.occurredAt,
      action: auditEvents.action,
      outcome: auditEvents.outcome,
      actorId: auditEvents.actorId,
      actorRole: auditEvents.actorRole,
      actorEmail: actor.email,
      patientId: auditEvents.patientId,
      patientEmail: patient.email,
      subjectUserId: auditEvents.subjectUserId,
      subjectEmail: subject.email,
      recordType: auditEvents.recordType,
      recordId: auditEvents.recordId,
      ip: auditEvents.ip,
      userAgent: auditEvents.userAgent,
      details: auditEvents.details,
    })
    .from(auditEvents)
    .leftJoin(actor, eq(actor.id, auditEvents.actorId))
    .leftJoin(patient, eq(patient.id, auditEvents.patientId))
    .leftJoin(subject, eq(subject.id, auditEvents.subjectUserId));
}

/** The audit trail, newest first, filtered by actor, patient, action and dates; a page at a time. */
export const auditLog = adminProcedure.input(auditLogInput).query(async ({ ctx, input }) => {
  const where = await auditWhere(ctx.db, input);
  const [total] = await ctx.db.select({ n: count() }).from(auditEvents).where(where);
  const items = await auditEventRows(ctx.db)
    .where(where)
    .orderBy(desc(auditEvents.seq))
    .limit(input.pageSize)
    .offset((input.page - 1) * input.pageSize);
  return { items, page: input.page, pageSize: input.pageSize, total: total?.n ?? 0 };
});

/** One event in full, with the hashes that chain it to the one before. */
export const auditEvent = adminProcedure
  .input(z.object({ seq: z.number().int().positive() }))
  .query(async ({ ctx, input }) => {
    const [row] = await auditEventRows(ctx.db).where(eq(auditEvents.seq, input.seq));
    if (!row) throw new AppError("NOT_FOUND", "NOT_FOUND", "That audit event does not exist.");
    const [chain] = await ctx.db
      .select({ prevHash: auditEvents.prevHash, hash: auditEvents.hash })
      .from(auditEvents)
      .where(eq(auditEvents.seq, input.seq));
    return { ...row, prevHash: chain?.prevHash ?? "", hash: chain?.hash ?? "" };
  });

/** Recomputes the whole hash chain now (the same check as `pnpm audit:verify`). */
export const auditChainStatus = adminProcedure.query(async ({ ctx }) => {
  const report = await verifyAuditChain(ctx.db);
  return { ...report, checkedAt: new Date() };
});
