import { and, eq, or } from "drizzle-orm";

import type { Database } from "@resq/db/client";
import { conversations, messageAttachments, messages } from "@resq/db/schema";

import { recordAudit } from "@resq/db/audit";

import type { Caller } from "../context";

/** An attachment, for a participant of its conversation only (anyone else: null → 404). Audited. */
export async function attachmentForDownload(db: Database, caller: Caller | null, id: string) {
  if (!caller || !/^[0-9a-f-]{36}$/.test(id)) return null;
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({ file: messageAttachments, patientId: conversations.patientId })
      .from(messageAttachments)
      .innerJoin(messages, eq(messages.id, messageAttachments.messageId))
      .innerJoin(conversations, eq(conversations.id, messages.conversationId))
      .where(
        and(
          eq(messageAttachments.id, id),
          or(eq(conversations.patientId, caller.userId), eq(conversations.doctorId, caller.userId)),
        ),
      );
    if (!row) return null;
    await recordAudit(tx, {
      actorId: caller.userId,
      actorRole: caller.role,
      action: "message.attachment_read",
      patientId: row.patientId,
      recordType: "attachment",
      recordId: id,
    });
    return row.file;
  });
}
