import type { Database } from "@resq/db/client";
import { notifications } from "@resq/db/schema";

import { queueEmail } from "./email/outbox";
import type { EmailMessage } from "./email/templates";
import { localeOf } from "./i18n/recipient";
import type { Locale } from "./locales";
import type { NotificationKind } from "./notifications/kinds";
import { wantsNotification } from "./notifications/preferences";
import { publishUserEvent } from "./realtime/publish";

export type { NotificationKind } from "./notifications/kinds";

/** What a notification says. */
export interface NotificationText {
  title: string;
  body?: string | null;
}

/**
 * An in-app notification's words: fixed, or (what product code passes) written for the recipient's
 * language — `text: (locale) => ({ title: notificationText(locale)(…) })` — which `notify` looks
 * up from their profile. The text is stored as written then: the bell shows it as it was sent.
 */
export type NotificationNote = { kind: NotificationKind; link?: string } & (
  NotificationText | { text: (locale: Locale) => NotificationText }
);

/**
 * An in-app notification (the bell), pushed live to the user's open pages, unless the user has
 * switched this kind off in-app (security alerts cannot be). Call with the transaction of the act
 * it reports. Returns whether it was created.
 */
export async function notify(
  db: Database,
  userId: string,
  note: NotificationNote,
): Promise<boolean> {
  if (!(await wantsNotification(db, userId, note.kind, "inApp"))) return false;
  const { title, body } = "text" in note ? note.text(await localeOf(db, userId)) : note;
  const [row] = await db
    .insert(notifications)
    .values({
      userId,
      kind: note.kind,
      title,
      body: body ?? null,
      link: note.link ?? null,
    })
    .returning({ id: notifications.id });
  await publishUserEvent(db, userId, "notification.new", { notificationId: row?.id ?? "" });
  return true;
}

/**
 * Queues a notification email to a user, unless they have switched this kind's emails off
 * (security alerts cannot be). Pass the email written for a language (`(locale) => …`): it is
 * written in the user's. Call with the transaction of the act. Returns whether it was queued.
 */
export async function notifyByEmail(
  db: Database,
  userId: string,
  kind: NotificationKind,
  message: EmailMessage | ((locale: Locale) => EmailMessage),
): Promise<boolean> {
  if (!(await wantsNotification(db, userId, kind, "email"))) return false;
  await queueEmail(
    db,
    typeof message === "function" ? message(await localeOf(db, userId)) : message,
  );
  return true;
}
