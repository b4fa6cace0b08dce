import { and, eq, sql } from "drizzle-orm";

import type { Database } from "@resq/db/client";
import { supportAttachments, supportMessages, supportTickets } from "@resq/db/schema";

import type { Caller } from "../context";
import { attachmentPolicy, checkAttachments } from "../messaging/attachment-check";
import type { AttachmentInput } from "../messaging/attachments";
import { AppError } from "../trpc";

export type Ticket = typeof supportTickets.$inferSelect;

export const ticketNotFound = () =>
  new AppError("NOT_FOUND", "NOT_FOUND", "That support request does not exist.");

/**
 * A ticket the caller may see, locked for the rest of the transaction when `lock` is set:
 * its requester's own, or any for an admin. Anyone else's answers null (→ 404).
 */
export async function visibleTicket(
  db: Database,
  caller: Caller,
  id: string,
  { lock = false } = {},
): Promise<Ticket | null> {
  const query = db
    .select()
    .from(supportTickets)
    .where(
      and(
        eq(supportTickets.id, id),
        caller.role === "admin" ? undefined : eq(supportTickets.requesterId, caller.userId),
      ),
    );
  const [row] = lock ? await query.for("update") : await query;
  return row ?? null;
}

/** Checks an optional attachment by its content; refused files answer 400 before anything is written. */
export async function checkedAttachment(db: Database, file: AttachmentInput | undefined) {
  if (!file) return null;
  const [checked] = checkAttachments([file], await attachmentPolicy(db), "attachment");
  return checked ?? null;
}

/** Adds a message (and its file) to a ticket and moves the ticket on: who spoke last decides its status. */
export async function addTicketMessage(
  db: Database,
  caller: Caller,
  ticket: Ticket,
  body: string,
  file: Awaited<ReturnType<typeof checkedAttachment>>,
) {
  const now = new Date();
  const [message] = await db
    .insert(supportMessages)
    .values({
      ticketId: ticket.id,
      authorId: caller.userId,
      authorRole: caller.role,
      body,
      createdAt: now,
    })
    .returning();
  if (!message) throw new Error("support message not stored");
  if (file)
    await db.insert(supportAttachments).values({
      messageId: message.id,
      filename: file.filename,
      contentType: file.contentType,
      sizeBytes: file.data.length,
      data: file.data,
    });
  const fromSupport = caller.role === "admin";
  const [updated] = await db
    .update(supportTickets)
    .set({
      status: fromSupport ? "answered" : "open",
      lastActivityAt: now,
      closedAt: null,
      // The first answer is kept once set, however many admins reply at once.
      ...(fromSupport
        ? {
            firstAnsweredAt: sql`coalesce(${supportTickets.firstAnsweredAt}, ${now.toISOString()}::timestamptz)`,
            assigneeId: sql`coalesce(${supportTickets.assigneeId}, ${caller.userId}::uuid)`,
          }
        : {}),
    })
    .where(eq(supportTickets.id, ticket.id))
    .returning();
  if (!updated) throw new Error("support ticket not updated");
  return { message, ticket: updated };
}
