import { count, desc, eq } from "drizzle-orm";
import { z } from "zod";

import { supportTickets } from "@resq/db/schema";

import { audit } from "../../audit";
import { noticeToSupport, ticketReference } from "../../support/notices";
import { addTicketMessage, checkedAttachment } from "../../support/tickets";
import { roleProcedure } from "../../trpc";
import { openTicketInput, pageInput } from "./schemas";

/** Patients and doctors ask for help; admins answer (they have the admin side). */
const requesters = roleProcedure("patient", "doctor");

/** Opens a ticket with its first message (and an optional file). Support is notified. Audited. */
export const open = requesters.input(openTicketInput).mutation(async ({ ctx, input }) => {
  const file = await checkedAttachment(ctx.db, input.attachment);
  const ticket = await ctx.db.transaction(async (tx) => {
    const [created] = await tx
      .insert(supportTickets)
      .values({
        requesterId: ctx.caller.userId,
        requesterRole: ctx.caller.role,
        category: input.category,
        subject: input.subject,
      })
      .returning();
    if (!created) throw new Error("support ticket not created");
    await addTicketMessage(tx, ctx.caller, created, input.body, file);
    await noticeToSupport(tx, created, ctx.appUrl, "opened");
    await audit(ctx, tx, {
      action: "support.ticket_opened",
      subjectUserId: ctx.caller.userId,
      recordType: "support_ticket",
      recordId: created.id,
      details: { category: input.category, attachment: file !== null },
    });
    return created;
  });
  await ctx.jobs.kickEmailDelivery();
  return { id: ticket.id, reference: ticketReference(ticket.id) };
});

/** The caller's own tickets, most recently active first, with status and age. */
export const mine = requesters
  .input(z.object(pageInput).default({ page: 1, pageSize: 20 }))
  .query(async ({ ctx, input }) => {
    const where = eq(supportTickets.requesterId, ctx.caller.userId);
    const [total] = await ctx.db.select({ n: count() }).from(supportTickets).where(where);
    const items = await ctx.db
      .select({
        id: supportTickets.id,
        subject: supportTickets.subject,
        category: supportTickets.category,
        status: supportTickets.status,
        createdAt: supportTickets.createdAt,
        lastActivityAt: supportTickets.lastActivityAt,
      })
      .from(supportTickets)
      .where(where)
      .orderBy(desc(supportTickets.lastActivityAt))
      .limit(input.pageSize)
      .offset((input.page - 1) * input.pageSize);
    return {
      items: items.map((item) => ({ ...item, reference: ticketReference(item.id) })),
      page: input.page,
      pageSize: input.pageSize,
      total: total?.n ?? 0,
    };
  });
