import { desc, sql } from "drizzle-orm";

import { rowsOf, type Database } from "./client";
import { auditEvents } from "./schema";

export interface AuditEntry {
  actorId: string | null;
  actorRole: string | null;
  action: string;
  outcome?: "success" | "failure" | "denied";
  patientId?: string | null;
  subjectUserId?: string | null;
  recordType?: string | null;
  recordId?: string | null;
  ip?: string | null;
  userAgent?: string | null;
  /** Identifiers and reasons only: never secrets, codes, passwords or clinical text. */
  details?: Record<string, unknown>;
}

/**
 * Appends an event to the audit trail. Pass the transaction of the act itself, so that the act and
 * its record commit or fail together (design invariant 3). The database sets time, order and hashes.
 */
export async function recordAudit(db: Database, entry: AuditEntry): Promise<void> {
  await db.insert(auditEvents).values({
    actorId: entry.actorId,
    actorRole: entry.actorRole,
    action: entry.action,
    outcome: entry.outcome ?? "success",
    patientId: entry.patientId ?? null,
    subjectUserId: entry.subjectUserId ?? null,
    recordType: entry.recordType ?? null,
    recordId: entry.recordId ?? null,
    ip: entry.ip ?? null,
    userAgent: entry.userAgent?.slice(0, 300) ?? null,
    details: entry.details ?? {},
  });
}

export type ChainReport =
  | { ok: true; checked: number }
  | { ok: false; checked: number; brokenAt: number; problem: "content changed" | "link broken" };

/**
 * Recomputes the chain in order and reports the first event whose hash does not match its content
 * ("content changed") or whose link does not match the event before it ("link broken": an event
 * was removed or reordered). Reads in pages so that a large trail needs little memory.
 */
export async function verifyAuditChain(db: Database, pageSize = 5000): Promise<ChainReport> {
  let checked = 0;
  let previousHash = "";
  let afterSeq = -1;
  for (;;) {
    const result = await db.execute(sql`
      select seq, prev_hash, hash, audit_event_digest(a) as expected
      from audit_events a where seq > ${afterSeq} order by seq limit ${pageSize}`);
    const rows = rowsOf<{
      seq: string | number;
      prev_hash: string;
      hash: string;
      expected: string;
    }>(result);
    for (const row of rows) {
      const seq = Number(row.seq);
      if (row.prev_hash !== previousHash)
        return { ok: false, checked, brokenAt: seq, problem: "link broken" };
      if (row.hash !== row.expected)
        return { ok: false, checked, brokenAt: seq, problem: "content changed" };
      previousHash = row.hash;
      afterSeq = seq;
      checked++;
    }
    if (rows.length < pageSize) return { ok: true, checked };
  }
}

/** The most recent events, newest first (for tests and the admin viewer). */
export function latestAuditEvents(db: Database, limit = 50) {
  return db.select().from(auditEvents).orderBy(desc(auditEvents.seq)).limit(limit);
}
