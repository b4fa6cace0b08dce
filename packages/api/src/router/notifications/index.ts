import { and, count, desc, eq, isNull } from "drizzle-orm";
import { z } from "zod";

import { notifications } from "@resq/db/schema";

import { createRouter, signedInProcedure } from "../../trpc";

/** The caller's notifications, newest first. */
const list = signedInProcedure
  .input(
    z
      .object({
        page: z.number().int().min(1).max(1000).default(1),
        pageSize: z.number().int().min(1).max(100).default(20),
        unreadOnly: z.boolean().default(false),
      })
      .default({ page: 1, pageSize: 20, unreadOnly: false }),
  )
  .query(async ({ ctx, input }) => {
    const where = and(
      eq(notifications.userId, ctx.caller.userId),
      input.unreadOnly ? isNull(notifications.readAt) : undefined,
    );
    const [total] = await ctx.db.select({ n: count() }).from(notifications).where(where);
    const items = await ctx.db
      .select()
      .from(notifications)
      .where(where)
      .orderBy(desc(notifications.createdAt))
      .limit(input.pageSize)
      .offset((input.page - 1) * input.pageSize);
    return { items, page: input.page, pageSize: input.pageSize, total: total?.n ?? 0 };
  });

const unreadCount = signedInProcedure.query(async ({ ctx }) => {
  const [row] = await ctx.db
    .select({ n: count() })
    .from(notifications)
    .where(and(eq(notifications.userId, ctx.caller.userId), isNull(notifications.readAt)));
  return { unread: row?.n ?? 0 };
});

/** Marks one notification (or all, without an id) read; others' notifications are untouched. */
const markRead = signedInProcedure
  .input(z.object({ id: z.uuid().optional() }))
  .mutation(async ({ ctx, input }) => {
    const updated = await ctx.db
      .update(notifications)
      .set({ readAt: new Date() })
      .where(
        and(
          eq(notifications.userId, ctx.caller.userId),
          isNull(notifications.readAt),
          input.id ? eq(notifications.id, input.id) : undefined,
        ),
      )
      .returning({ id: notifications.id });
    return { marked: updated.length };
  });

export const notificationsRouter = createRouter({ list, unreadCount, markRead });
