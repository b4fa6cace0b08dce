import { and, eq } from "drizzle-orm";

import type { Database } from "@resq/db/client";
import { type supportTickets, users } from "@resq/db/schema";

import type { EmailMessage } from "../email/templates";
import { notify, notifyByEmail } from "../notify";

type Ticket = typeof supportTickets.$inferSelect;

/** A short reference people can quote ("RQ-1A2B3C4D"); the id itself stays the key. */
export function ticketReference(id: string): string {
  return `RQ-${id.slice(0, 8).toUpperCase()}`;
}

/** Where the requester reads a ticket: in their own area (patients and doctors each have one). */
export function requesterLink(ticket: Ticket): string {
  return `/${ticket.requesterRole}/support/${ticket.id}`;
}

/** Emails name the ticket by its reference and link to it: never its subject or any message text. */
function supportEmail(to: string, name: string, ticket: Ticket, what: string, link: string) {
  return {
    to,
    kind: "support-update",
    subject: `Your RESQ support request ${ticketReference(ticket.id)}: ${what}`,
    text: `Hello ${name},\n\n${what} on support request ${ticketReference(ticket.id)}.\n\nRead it in RESQ: ${link}\n`,
  } satisfies EmailMessage;
}

/** Tells the requester (bell + email) that support answered, closed or reopened their ticket. */
export async function noticeToRequester(
  db: Database,
  ticket: Ticket,
  appUrl: string,
  event: "reply" | "closed" | "reopened",
) {
  const [requester] = await db
    .select({ email: users.email, name: users.name, status: users.status })
    .from(users)
    .where(eq(users.id, ticket.requesterId));
  const what = {
    reply: "Support replied",
    closed: "Support closed the request",
    reopened: "Support reopened the request",
  }[event];
  const kind = event === "reply" ? "support.reply" : "support.status";
  await notify(db, ticket.requesterId, {
    kind,
    title: `${what}: ${ticketReference(ticket.id)}`,
    body: ticket.subject,
    link: requesterLink(ticket),
  });
  if (requester && requester.status === "active")
    await notifyByEmail(
      db,
      ticket.requesterId,
      kind,
      supportEmail(
        requester.email,
        requester.name,
        ticket,
        what,
        `${appUrl}${requesterLink(ticket)}`,
      ),
    );
}

/**
 * Tells support about a new ticket or a requester's reply, by bell and email (without the text):
 * the assigned admin, or every active admin while nobody is assigned.
 */
export async function noticeToSupport(
  db: Database,
  ticket: Ticket,
  appUrl: string,
  event: "opened" | "reply",
) {
  const admins = await db
    .select({ id: users.id, email: users.email, name: users.name })
    .from(users)
    .where(
      and(
        eq(users.role, "admin"),
        eq(users.status, "active"),
        ticket.assigneeId ? eq(users.id, ticket.assigneeId) : undefined,
      ),
    );
  const what = event === "opened" ? "New support request" : "The requester replied";
  const link = `/admin/support/${ticket.id}`;
  const kind = event === "opened" ? "support.opened" : "support.reply";
  for (const admin of admins) {
    await notify(db, admin.id, {
      kind,
      title: `${what}: ${ticketReference(ticket.id)}`,
      body: ticket.subject,
      link,
    });
    await notifyByEmail(db, admin.id, kind, {
      to: admin.email,
      kind: "support-update",
      subject: `RESQ support ${ticketReference(ticket.id)}: ${what.toLowerCase()}`,
      text: `Hello ${admin.name},\n\n${what} on ${ticketReference(ticket.id)}.\n\nOpen it in RESQ: ${appUrl}${link}\n`,
    });
  }
}
