import { and, desc, lt } from "drizzle-orm";

import { auditEvents } from "@resq/db/schema";

import { audit } from "../../audit";
import { callerLocale, gateOf, type Context } from "../../context";
import { errorText } from "../../i18n/errors";
import { errorResponse } from "../../rest/http";
import { fieldErrors } from "../../trpc";
import { auditWhere } from "./audit-filter";
import { auditEventRows } from "./audit-log";
import { auditFilterInput } from "./schemas";

/**
 * One CSV cell (RFC 4180). A cell a spreadsheet would run as a formula (starting with = + - @, or
 * a tab or carriage return before one) gets a leading apostrophe, so opening the export is safe.
 */
export function csvCell(value: unknown): string {
  let text: string;
  if (value === null || value === undefined) text = "";
  else if (value instanceof Date) text = value.toISOString();
  else if (typeof value === "string") text = value;
  else if (typeof value === "number" || typeof value === "boolean") text = String(value);
  else text = JSON.stringify(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const AUDIT_CSV_COLUMNS = [
  "seq",
  "occurredAt",
  "action",
  "outcome",
  "actorId",
  "actorRole",
  "actorEmail",
  "patientId",
  "patientEmail",
  "subjectUserId",
  "subjectEmail",
  "recordType",
  "recordId",
  "ip",
  "userAgent",
  "details",
] as const;

const BATCH = 500;

/**
 * GET /api/admin/audit/export: the audit events matching the viewer's filters (same query params)
 * as a CSV stream, newest first, read in batches (keyset on seq) so a large trail never sits in
 * memory. Admins only (401/403 otherwise; bad filters 400 naming them); the export itself is audited.
 */
export async function restAuditExport(
  request: Request,
  ctx: Pick<Context, "db" | "caller" | "request">,
): Promise<Response> {
  const { db, caller } = ctx;
  const locale = callerLocale(ctx);
  if (!caller)
    return errorResponse(401, "UNAUTHENTICATED", errorText(locale, "Please sign in to continue."));
  if (caller.role !== "admin" || gateOf(caller) !== "full")
    return errorResponse(403, "FORBIDDEN", errorText(locale, "Your account cannot do this."));
  const query = new URL(request.url).searchParams;
  const parsed = auditFilterInput.safeParse(
    Object.fromEntries([...query].filter(([, value]) => value !== "")),
  );
  if (!parsed.success)
    return errorResponse(
      400,
      "VALIDATION_FAILED",
      errorText(locale, "Check the filters."),
      fieldErrors(parsed.error),
    );
  const filter = parsed.data;
  const where = await auditWhere(db, filter);
  await audit(ctx, db, { action: "admin.audit_exported", details: { filter } });

  const encoder = new TextEncoder();
  let before: number | null = null;
  let headerSent = false;
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!headerSent) {
        headerSent = true;
        controller.enqueue(encoder.encode(`${AUDIT_CSV_COLUMNS.join(",")}\r\n`));
        return;
      }
      const rows = await auditEventRows(db)
        .where(and(where, before === null ? undefined : lt(auditEvents.seq, before)))
        .orderBy(desc(auditEvents.seq))
        .limit(BATCH);
      if (rows.length === 0) {
        controller.close();
        return;
      }
      before = rows.at(-1)?.seq ?? 0;
      const lines = rows.map(
        (row) => `${AUDIT_CSV_COLUMNS.map((column) => csvCell(row[column])).join(",")}\r\n`,
      );
      controller.enqueue(encoder.encode(lines.join("")));
    },
  });
  const filename = `resq-audit-${new Date().toISOString().slice(0, 10)}.csv`;
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename}"`,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "no-store",
    },
  });
}
