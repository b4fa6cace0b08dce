import type { Database } from "@resq/db/client";
import { notifications } from "@resq/db/schema";

/** An in-app notification (the bell). Call with the transaction of the act it reports. */
export async function notify(
  db: Database,
  userId: string,
  note: { kind: string; title: string; body?: string; link?: string },
): Promise<void> {
  await db.insert(notifications).values({
    userId,
    kind: note.kind,
    title: note.title,
    body: note.body ?? null,
    link: note.link ?? null,
  });
}
