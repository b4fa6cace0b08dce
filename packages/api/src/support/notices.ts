import { and, eq } from "drizzle-orm";

import type { Database } from "@resq/db/client";
import { type supportTickets, users } from "@resq/db/schema";

import { supportEmails } from "../email/templates";
import { asLocale } from "../i18n/recipient";
import { notificationText } from "../notifications/texts";
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

/**
 * Tells the requester (bell + email, in their language) that support answered, closed or reopened
 * their ticket. Emails name the ticket by its reference and link to it: never its subject or text.
 */
export async function noticeToRequester(
  db: Database,
  ticket: Ticket,
  appUrl: string,
  event: "reply" | "closed" | "reopened",
) {
  const [requester] = await db
    .select({ email: users.email, name: users.name, status: users.status, locale: users.locale })
    .from(users)
    .where(eq(users.id, ticket.requesterId));
  const ref = ticketReference(ticket.id);
  const title = (
    {
      reply: "supportReplied.title",
      closed: "supportClosed.title",
      reopened: "supportReopened.title",
    } as const
  )[event];
  const kind = event === "reply" ? "support.reply" : "support.status";
  await notify(db, ticket.requesterId, {
    kind,
    text: (locale) => ({ title: notificationText(locale)(title, { ref }), body: ticket.subject }),
    link: requesterLink(ticket),
  });
  if (requester && requester.status === "active")
    await notifyByEmail(
      db,
      ticket.requesterId,
      kind,
      supportEmails.toRequester(
        asLocale(requester.locale),
        requester.email,
        requester.name,
        ref,
        event,
        `${appUrl}${requesterLink(ticket)}`,
      ),
    );
}

/**
 * Tells support about a new ticket or a requester's reply, by bell and email (without the text),
 * each admin in their language: the assigned admin, or every active admin while nobody is assigned.
 */
export async function noticeToSupport(
  db: Database,
  ticket: Ticket,
  appUrl: string,
  event: "opened" | "reply",
) {
  const admins = await db
    .select({ id: users.id, email: users.email, name: users.name, locale: users.locale })
    .from(users)
    .where(
      and(
        eq(users.role, "admin"),
        eq(users.status, "active"),
        ticket.assigneeId ? eq(users.id, ticket.assigneeId) : undefined,
      ),
    );
  const ref = ticketReference(ticket.id);
  const title = event === "opened" ? "supportOpened.title" : "supportRequesterReplied.title";
  const link = `/admin/support/${ticket.id}`;
  const kind = event === "opened" ? "support.opened" : "support.reply";
  for (const admin of admins) {
    const locale = asLocale(admin.locale);
    await notify(db, admin.id, {
      kind,
      title: notificationText(locale)(title, { ref }),
      body: ticket.subject,
      link,
    });
    await notifyByEmail(
      db,
      admin.id,
      kind,
      supportEmails.toSupport(locale, admin.email, admin.name, ref, event, `${appUrl}${link}`),
    );
  }
}
