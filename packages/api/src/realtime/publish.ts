import { sql } from "drizzle-orm";

import type { Database } from "@resq/db/client";
import { userEvents } from "@resq/db/schema";

export const EVENTS_CHANNEL = "resq_user_events";

export type UserEventKind = "message.new" | "message.read" | "notification.new";

/**
 * Records an event for a user and wakes every app instance (Postgres NOTIFY, delivered when the
 * transaction commits, so listeners never see an event that was rolled back).
 */
export async function publishUserEvent(
  db: Database,
  userId: string,
  kind: UserEventKind,
  payload: Record<string, string>,
): Promise<void> {
  const [row] = await db
    .insert(userEvents)
    .values({ userId, kind, payload })
    .returning({ id: userEvents.id });
  await db.execute(
    sql`select pg_notify(${EVENTS_CHANNEL}, ${JSON.stringify({ userId, id: row?.id })})`,
  );
}
