import type { Database } from "@resq/db/client";
import { notifications } from "@resq/db/schema";

import { publishUserEvent } from "./realtime/publish";

/**
 * An in-app notification (the bell), pushed live to the user's open pages. Call with the
 * transaction of the act it reports.
 */
export async function notify(
  db: Database,
  userId: string,
  note: { kind: string; title: string; body?: string; link?: string },
): Promise<void> {
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
}
