import { and, asc, count, eq, isNull, ne, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { z } from "zod";

import { supportTickets, users } from "@resq/db/schema";

import { audit } from "../../audit";
import { noticeToRequester, ticketReference } from "../../support/notices";
import { ticketNotFound, visibleTicket } from "../../support/tickets";
import { notificationText } from "../../notifications/texts";
import { notify } from "../../notify";
import { AppError, adminProcedure } from "../../trpc";
import { pageInput, supportStatusSchema } from "./schemas";

const requester = alias(users, "requester");
const assignee = alias(users, "assignee");

/**
 * Every ticket for admins, oldest first (the longest waiting on top), filtered by status ("active"
 * = not closed) and assignee ("me", "unassigned", an admin's id).
 */
export const queue = adminProcedure
  .input(
    z.object({
      status: z.enum(["active", "open", "answered", "closed", "all"]).default("active"),
      assignee: z.union([z.enum(["anyone", "me", "unassigned"]), z.uuid()]).default("anyone"),
      ...pageInput,
    }),
  )
  .query(async ({ ctx, input }) => {
    const where = and(
      input.status === "all"
        ? undefined
        : input.status === "active"
          ? ne(supportTickets.status, "closed")
          : eq(supportTickets.status, input.status),
      input.assignee === "anyone"
        ? undefined
        : input.assignee === "unassigned"
          ? isNull(supportTickets.assigneeId)
          : eq(
              supportTickets.assigneeId,
              input.assignee === "me" ? ctx.caller.userId : input.assignee,
            ),
    );
    const [total] = await ctx.db.select({ n: count() }).from(supportTickets).where(where);
    const rows = await ctx.db
      .select({
        id: supportTickets.id,
        subject: supportTickets.subject,
        category: supportTickets.category,
        status: supportTickets.status,
        createdAt: supportTickets.createdAt,
        lastActivityAt: supportTickets.lastActivityAt,
        firstAnsweredAt: supportTickets.firstAnsweredAt,
        requesterName: requester.name,
        requesterRole: supportTickets.requesterRole,
        assigneeId: supportTickets.assigneeId,
        assigneeName: assignee.name,
      })
      .from(supportTickets)
      .innerJoin(requester, eq(requester.id, supportTickets.requesterId))
      .leftJoin(assignee, eq(assignee.id, supportTickets.assigneeId))
      .where(where)
      .orderBy(asc(supportTickets.createdAt), asc(supportTickets.id))
      .limit(input.pageSize)
      .offset((input.page - 1) * input.pageSize);
    return {
      items: rows.map((row) => ({ ...row, reference: ticketReference(row.id) })),
      page: input.page,
      pageSize: input.pageSize,
      total: total?.n ?? 0,
    };
  });

/** The admins a ticket can be assigned to. */
export const assignees = adminProcedure.query(({ ctx }) =>
  ctx.db
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(and(eq(users.role, "admin"), eq(users.status, "active")))
    .orderBy(asc(users.name)),
);

/** Gives a ticket to an admin (or to nobody); the new assignee is told. Audited. */
export const assign = adminProcedure
  .input(
    z.object({
      ticketId: z.uuid("Unknown ticket."),
      assigneeId: z.uuid("Choose an admin.").nullable(),
    }),
  )
  .mutation(async ({ ctx, input }) => {
    const done = await ctx.db.transaction(async (tx) => {
      const ticket = await visibleTicket(tx, ctx.caller, input.ticketId, { lock: true });
      if (!ticket) return false;
      if (input.assigneeId) {
        const [admin] = await tx
          .select({ id: users.id })
          .from(users)
          .where(
            and(
              eq(users.id, input.assigneeId),
              eq(users.role, "admin"),
              eq(users.status, "active"),
            ),
          );
        if (!admin)
          throw new AppError(
            "BAD_REQUEST",
            "NOT_AN_ADMIN",
            "Tickets can be assigned only to admins.",
            {
              fields: { assigneeId: "Choose an active admin." },
            },
          );
      }
      if (ticket.assigneeId === input.assigneeId) return true;
      await tx
        .update(supportTickets)
        .set({ assigneeId: input.assigneeId })
        .where(eq(supportTickets.id, ticket.id));
      if (input.assigneeId && input.assigneeId !== ctx.caller.userId)
        await notify(tx, input.assigneeId, {
          kind: "support.assigned",
          text: (locale) => ({
            title: notificationText(locale)("supportAssigned.title", {
              ref: ticketReference(ticket.id),
            }),
            body: ticket.subject,
          }),
          link: `/admin/support/${ticket.id}`,
        });
      await audit(ctx, tx, {
        action: "support.assigned",
        subjectUserId: ticket.requesterId,
        recordType: "support_ticket",
        recordId: ticket.id,
        details: { from: ticket.assigneeId, to: input.assigneeId },
      });
      return true;
    });
    if (!done) throw ticketNotFound();
    return { ok: true as const };
  });

/** Closes or reopens a ticket; the requester is told. Setting the status it has is a no-op. Audited. */
export const setStatus = adminProcedure
  .input(
    z.object({
      ticketId: z.uuid("Unknown ticket."),
      status: supportStatusSchema.extract(["open", "closed"]),
    }),
  )
  .mutation(async ({ ctx, input }) => {
    const result = await ctx.db.transaction(async (tx) => {
      const ticket = await visibleTicket(tx, ctx.caller, input.ticketId, { lock: true });
      if (!ticket) return null;
      const closing = input.status === "closed";
      if (closing === (ticket.status === "closed")) return { status: ticket.status };
      const [updated] = await tx
        .update(supportTickets)
        .set({
          status: input.status,
          closedAt: closing ? sql`now()` : null,
          lastActivityAt: sql`now()`,
        })
        .where(eq(supportTickets.id, ticket.id))
        .returning();
      if (!updated) throw new Error("support ticket not updated");
      await noticeToRequester(tx, updated, ctx.appUrl, closing ? "closed" : "reopened");
      await audit(ctx, tx, {
        action: closing ? "support.closed" : "support.reopened",
        subjectUserId: ticket.requesterId,
        recordType: "support_ticket",
        recordId: ticket.id,
      });
      return { status: updated.status };
    });
    if (!result) throw ticketNotFound();
    await ctx.jobs.kickEmailDelivery();
    return result;
  });
