import { recordAudit, type AuditEntry } from "@resq/db/audit";
import type { Database } from "@resq/db/client";

import type { Context } from "./context";

/** Records an audit event for the current request: actor and origin come from the context. */
export function audit(
  ctx: Pick<Context, "caller" | "request">,
  db: Database,
  entry: Omit<AuditEntry, "actorId" | "actorRole" | "ip" | "userAgent"> &
    Partial<Pick<AuditEntry, "actorId" | "actorRole">>,
): Promise<void> {
  return recordAudit(db, {
    actorId: ctx.caller?.userId ?? null,
    actorRole: ctx.caller?.role ?? null,
    ip: ctx.request.ip,
    userAgent: ctx.request.userAgent,
    ...entry,
  });
}
