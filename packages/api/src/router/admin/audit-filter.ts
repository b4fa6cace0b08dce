import { and, eq, gte, like, lt, sql, type SQL } from "drizzle-orm";
import { z } from "zod";

import type { Database } from "@resq/db/client";
import { auditEvents, users } from "@resq/db/schema";

import type { AuditFilter } from "./schemas";

const NOBODY = "00000000-0000-0000-0000-000000000000";

/** A user id typed as is, or the id of the account with that email; NOBODY when none matches. */
async function userIdOf(db: Database, ref: string): Promise<string> {
  if (z.uuid().safeParse(ref).success) return ref;
  const [row] = await db
    .select({ id: users.id })
    .from(users)
    .where(sql`lower(${users.email}) = ${ref.toLowerCase()}`);
  return row?.id ?? NOBODY;
}

/** The next calendar day (UTC), so that "to" includes the whole day it names. */
function dayAfter(date: string): Date {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + 1);
  return day;
}

/** The WHERE clause of the audit viewer and its export: the same filters give the same events. */
export async function auditWhere(db: Database, filter: AuditFilter): Promise<SQL | undefined> {
  const conditions: (SQL | undefined)[] = [];
  if (filter.actor) conditions.push(eq(auditEvents.actorId, await userIdOf(db, filter.actor)));
  if (filter.patient)
    conditions.push(eq(auditEvents.patientId, await userIdOf(db, filter.patient)));
  if (filter.action)
    // An exact action, or every action under a prefix ending in a dot ("admin.").
    conditions.push(
      filter.action.endsWith(".")
        ? like(auditEvents.action, `${filter.action.replace(/_/g, "\\_")}%`)
        : eq(auditEvents.action, filter.action),
    );
  if (filter.from)
    conditions.push(gte(auditEvents.occurredAt, new Date(`${filter.from}T00:00:00Z`)));
  if (filter.to) conditions.push(lt(auditEvents.occurredAt, dayAfter(filter.to)));
  return and(...conditions);
}
