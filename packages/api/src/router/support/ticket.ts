import { asc, eq, inArray } from "drizzle-orm";
import { z } from "zod";

import { supportAttachments, supportMessages, users } from "@resq/db/schema";

import { audit } from "../../audit";
import { noticeToRequester, noticeToSupport, ticketReference } from "../../support/notices";
import {
  addTicketMessage,
  checkedAttachment,
  ticketNotFound,
  visibleTicket,
} from "../../support/tickets";
import { signedInProcedure } from "../../trpc";
import { replyInput } from "./schemas";

/** A ticket with its conversation: the requester's own, or any for admins (else 404). Admin reads are audited. */
export const get = signedInProcedure
  .input(z.object({ id: z.uuid("Unknown ticket.") }))
  .query(async ({ ctx, input }) => {
    const ticket = await visibleTicket(ctx.db, ctx.caller, input.id);
    if (!ticket) throw ticketNotFound();
    return ctx.db.transaction(async (tx) => {
      const messages = await tx
        .select()
        .from(supportMessages)
        .where(eq(supportMessages.ticketId, ticket.id))
        .orderBy(asc(supportMessages.createdAt), asc(supportMessages.id));
      const files = messages.length
        ? await tx
            .select({
              id: supportAttachments.id,
              messageId: supportAttachments.messageId,
              filename: supportAttachments.filename,
              contentType: supportAttachments.contentType,
              sizeBytes: supportAttachments.sizeBytes,
            })
            .from(supportAttachments)
            .where(
              inArray(
                supportAttachments.messageId,
                messages.map((m) => m.id),
              ),
            )
        : [];
      const people = [
        ...new Set(
          [ticket.requesterId, ticket.assigneeId, ...messages.map((m) => m.authorId)].filter(
            (id): id is string => id !== null,
          ),
        ),
      ];
      const names = new Map(
        (
          await tx
            .select({ id: users.id, name: users.name, email: users.email })
            .from(users)
            .where(inArray(users.id, people))
        ).map((u) => [u.id, u]),
      );
      const admin = ctx.caller.role === "admin";
      if (admin)
        await audit(ctx, tx, {
          action: "support.ticket_read",
          subjectUserId: ticket.requesterId,
          recordType: "support_ticket",
          recordId: ticket.id,
        });
      return {
        id: ticket.id,
        reference: ticketReference(ticket.id),
        subject: ticket.subject,
        category: ticket.category,
        status: ticket.status,
        createdAt: ticket.createdAt,
        lastActivityAt: ticket.lastActivityAt,
        firstAnsweredAt: ticket.firstAnsweredAt,
        closedAt: ticket.closedAt,
        assigneeId: ticket.assigneeId,
        assigneeName: ticket.assigneeId ? (names.get(ticket.assigneeId)?.name ?? null) : null,
        /** Who asked: only admins see the email address. */
        requester: {
          id: ticket.requesterId,
          role: ticket.requesterRole,
          name: names.get(ticket.requesterId)?.name ?? "",
          email: admin ? (names.get(ticket.requesterId)?.email ?? null) : null,
        },
        messages: messages.map((message) => ({
          id: message.id,
          body: message.body,
          createdAt: message.createdAt,
          fromSupport: message.authorRole === "admin",
          mine: message.authorId === ctx.caller.userId,
          authorName: names.get(message.authorId)?.name ?? "",
          attachments: files
            .filter((file) => file.messageId === message.id)
            .map(({ messageId: _messageId, ...file }) => file),
        })),
      };
    });
  });

/**
 * Replies on a ticket: the requester on their own (reopening it if it was closed), or an admin on
 * any (it becomes "answered", is assigned to them if nobody had it, and the first answer's time is
 * kept). The other side is notified. Audited.
 */
export const reply = signedInProcedure.input(replyInput).mutation(async ({ ctx, input }) => {
  const file = await checkedAttachment(ctx.db, input.attachment);
  const result = await ctx.db.transaction(async (tx) => {
    const ticket = await visibleTicket(tx, ctx.caller, input.ticketId, { lock: true });
    if (!ticket) return null;
    const { message, ticket: updated } = await addTicketMessage(
      tx,
      ctx.caller,
      ticket,
      input.body,
      file,
    );
    if (ctx.caller.role === "admin") await noticeToRequester(tx, updated, ctx.appUrl, "reply");
    else await noticeToSupport(tx, updated, ctx.appUrl, "reply");
    await audit(ctx, tx, {
      action: "support.replied",
      subjectUserId: ticket.requesterId,
      recordType: "support_ticket",
      recordId: ticket.id,
      details: {
        messageId: message.id,
        attachment: file !== null,
        reopened: ticket.status === "closed",
      },
    });
    return { id: message.id, createdAt: message.createdAt, status: updated.status };
  });
  if (!result) throw ticketNotFound();
  await ctx.jobs.kickEmailDelivery();
  return result;
});
