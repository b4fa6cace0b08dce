import type { Database } from "@resq/db/client";
import { notifications } from "@resq/db/schema";

import { queueEmail } from "./email/outbox";
import type { EmailMessage } from "./email/templates";
import type { NotificationKind } from "./notifications/kinds";
import { wantsNotification } from "./notifications/preferences";
import { publishUserEvent } from "./realtime/publish";

export type { NotificationKind } from "./notifications/kinds";

/**
 * An in-app notification (the bell), pushed live to the user's open pages, unless the user has
 * switched this kind off in-app (security alerts cannot be). Call with the transaction of the act
 * it reports. Returns whether it was created.
 */
export async function notify(
  db: Database,
  userId: string,
  note: { kind: NotificationKind; title: string; body?: string; link?: string },
): Promise<boolean> {
  if (!(await wantsNotification(db, userId, note.kind, "inApp"))) return false;
  const [row] = await db
    .insert(notifications)
    .values({
      userId,
      kind: note.kind,
      title: note.title,
      body: note.body ?? null,
      link: note.link ?? null,
    })
    .returning({ id: notifications.id });
  await publishUserEvent(db, userId, "notification.new", { notificationId: row?.id ?? "" });
  return true;
}

/**
 * Queues a notification email to a user, unless they have switched this kind's emails off
 * (security alerts cannot be). Call with the transaction of the act. Returns whether it was queued.
 */
export async function notifyByEmail(
  db: Database,
  userId: string,
  kind: NotificationKind,
  message: EmailMessage,
): Promise<boolean> {
  if (!(await wantsNotification(db, userId, kind, "email"))) return false;
  await queueEmail(db, message);
  return true;
}
