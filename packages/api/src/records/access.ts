import { and, desc, eq, gt } from "drizzle-orm";

import type { Database } from "@resq/db/client";
import { breakGlassGrants, users } from "@resq/db/schema";

import { hasCareRelationship } from "../appointments/care";

import { audit } from "../audit";
import type { Caller, Context } from "../context";
import { AppError } from "../trpc";

/** How a caller reaches a chart. Anything else is 404 (design invariant 4). */
export type ChartAccess =
  | { via: "self" }
  | { via: "care" }
  | { via: "break_glass"; grantId: string; reason: string; expiresAt: Date };

/**
 * Whether the caller may open this patient's chart: the patient themself; a doctor in a care
 * relationship (an appointment with the patient that was not cancelled); or a doctor or admin
 * under an active break-glass grant.
 */
export async function chartAccess(
  db: Database,
  caller: Caller,
  patientId: string,
  now = new Date(),
): Promise<ChartAccess | null> {
  if (caller.role === "patient") return caller.userId === patientId ? { via: "self" } : null;
  const [patient] = await db
    .select({ role: users.role })
    .from(users)
    .where(eq(users.id, patientId));
  if (patient?.role !== "patient") return null;
  if (caller.role === "doctor" && (await hasCareRelationship(db, caller.userId, patientId)))
    return { via: "care" };
  const [grant] = await db
    .select()
    .from(breakGlassGrants)
    .where(
      and(
        eq(breakGlassGrants.userId, caller.userId),
        eq(breakGlassGrants.patientId, patientId),
        gt(breakGlassGrants.expiresAt, now),
      ),
    )
    .orderBy(desc(breakGlassGrants.expiresAt))
    .limit(1);
  if (grant)
    return {
      via: "break_glass",
      grantId: grant.id,
      reason: grant.reason,
      expiresAt: grant.expiresAt,
    };
  return null;
}

export const chartNotFound = () =>
  new AppError("NOT_FOUND", "NOT_FOUND", "No such record, or it is not yours to see.");

/** Resolves the patient a call is about (their own chart by default) and requires access. */
export async function requireChart(
  ctx: Context & { caller: Caller },
  patientId: string | undefined,
): Promise<{ patientId: string; access: ChartAccess }> {
  const target = patientId ?? (ctx.caller.role === "patient" ? ctx.caller.userId : undefined);
  if (!target)
    throw new AppError("BAD_REQUEST", "PATIENT_REQUIRED", "Say which patient.", {
      fields: { patientId: "Say which patient." },
    });
  const access = await chartAccess(ctx.db, ctx.caller, target);
  if (!access) throw chartNotFound();
  return { patientId: target, access };
}

/**
 * Audits a clinical read or write in the given transaction (so a failed audit fails the act),
 * flagging break-glass access with its reason.
 */
export function auditChart(
  ctx: Pick<Context, "caller" | "request">,
  db: Database,
  entry: {
    action: string;
    patientId: string;
    access: ChartAccess;
    recordType?: string;
    recordId?: string | null;
    details?: Record<string, unknown>;
  },
) {
  return audit(ctx, db, {
    action: entry.action,
    patientId: entry.patientId,
    recordType: entry.recordType ?? null,
    recordId: entry.recordId ?? null,
    details: {
      ...entry.details,
      via: entry.access.via,
      ...(entry.access.via === "break_glass"
        ? { breakGlassGrantId: entry.access.grantId, breakGlassReason: entry.access.reason }
        : {}),
    },
  });
}
