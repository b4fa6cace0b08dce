import { and, eq } from "drizzle-orm";

import { recordAudit } from "@resq/db/audit";
import type { Database } from "@resq/db/client";
import { supportAttachments, supportMessages, supportTickets } from "@resq/db/schema";

import type { Caller } from "../context";

/** A support attachment: for the ticket's requester or an admin (anyone else: null → 404). Audited. */
export async function supportAttachmentForDownload(
  db: Database,
  caller: Caller | null,
  id: string,
) {
  if (!caller || !/^[0-9a-f-]{36}$/.test(id)) return null;
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({
        file: supportAttachments,
        ticketId: supportTickets.id,
        requesterId: supportTickets.requesterId,
      })
      .from(supportAttachments)
      .innerJoin(supportMessages, eq(supportMessages.id, supportAttachments.messageId))
      .innerJoin(supportTickets, eq(supportTickets.id, supportMessages.ticketId))
      .where(
        and(
          eq(supportAttachments.id, id),
          caller.role === "admin" ? undefined : eq(supportTickets.requesterId, caller.userId),
        ),
      );
    if (!row) return null;
    await recordAudit(tx, {
      actorId: caller.userId,
      actorRole: caller.role,
      action: "support.attachment_read",
      subjectUserId: row.requesterId,
      recordType: "support_attachment",
      recordId: id,
      details: { ticketId: row.ticketId },
    });
    return row.file;
  });
}
