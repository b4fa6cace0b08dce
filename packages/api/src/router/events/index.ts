import { tracked } from "@trpc/server";
import { and, asc, desc, eq, gt } from "drizzle-orm";
import { z } from "zod";

import type { Database } from "@resq/db/client";
import { userEvents } from "@resq/db/schema";

import { AppError, createRouter, signedInProcedure } from "../../trpc";

/** The id of the user's newest event (0 for none). */
async function newestEventId(db: Database, userId: string): Promise<number> {
  const [newest] = await db
    .select({ id: userEvents.id })
    .from(userEvents)
    .where(eq(userEvents.userId, userId))
    .orderBy(desc(userEvents.id))
    .limit(1);
  return newest?.id ?? 0;
}

/**
 * The caller's live events over server-sent events: new messages, read receipts, notifications.
 * Each event carries its id; a client that reconnects with the last id it saw gets everything
 * after it, once, in order (tRPC's `tracked` and the `user_events` table make that exact).
 */
const stream = signedInProcedure
  .input(z.object({ lastEventId: z.string().regex(/^\d+$/).nullish() }).optional())
  .subscription(async function* ({ ctx, input, signal }) {
    if (!ctx.events)
      throw new AppError(
        "PRECONDITION_FAILED",
        "REALTIME_UNAVAILABLE",
        "Live updates are not available on this server.",
      );
    const userId = ctx.caller.userId;
    const wakeups = ctx.events.wakeups(userId, signal);
    let last = Number(input?.lastEventId ?? Number.NaN);
    // A fresh subscription starts from now; history is in the pages themselves.
    if (!Number.isFinite(last)) last = await newestEventId(ctx.db, userId);
    const pending = async () =>
      ctx.db
        .select()
        .from(userEvents)
        .where(and(eq(userEvents.userId, userId), gt(userEvents.id, last)))
        .orderBy(asc(userEvents.id))
        .limit(200);
    try {
      for (;;) {
        for (const event of await pending()) {
          last = event.id;
          yield tracked(String(event.id), {
            kind: event.kind,
            payload: event.payload as Record<string, string>,
            createdAt: event.createdAt,
          });
        }
        const next = await wakeups.next();
        if (next.done) return;
      }
    } catch (error) {
      if ((error as { name?: string }).name === "AbortError") return;
      throw error;
    } finally {
      await wakeups.return?.();
    }
  });

/**
 * Where the caller's stream stands now. A page rendered on the server passes it to its live
 * subscription, so an event between the render and the subscription is not missed.
 */
const cursor = signedInProcedure.query(async ({ ctx }) => ({
  lastEventId: String(await newestEventId(ctx.db, ctx.caller.userId)),
}));

export const eventsRouter = createRouter({ stream, cursor });
