import { and, count, desc, eq, isNull } from "drizzle-orm";
import { z } from "zod";

import { notificationPreferences, notifications } from "@resq/db/schema";

import { audit } from "../../audit";
import { notificationKinds, notificationKindNames } from "../../notifications/kinds";
import { preferencesOf } from "../../notifications/preferences";
import { AppError, createRouter, signedInProcedure } from "../../trpc";

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

/** Every kind of notification that concerns the caller, with the channels that apply. */
const preferences = signedInProcedure.query(({ ctx }) =>
  preferencesOf(ctx.db, ctx.caller.userId, ctx.caller.role),
);

/** Chooses the channels of one kind; security alerts cannot be switched off (400 naming the kind). */
const setPreference = signedInProcedure
  .input(
    z.object({
      kind: z.enum(notificationKindNames, "Choose a kind of notification."),
      inApp: z.boolean(),
      email: z.boolean(),
    }),
  )
  .mutation(async ({ ctx, input }) => {
    const definition = notificationKinds[input.kind];
    if (!(definition.roles as readonly string[]).includes(ctx.caller.role))
      throw new AppError("BAD_REQUEST", "KIND_NOT_YOURS", "You do not get this kind.", {
        fields: { kind: "You do not get this kind of notification." },
      });
    if ("locked" in definition)
      throw new AppError("BAD_REQUEST", "ALWAYS_ON", "Security alerts cannot be switched off.", {
        fields: { kind: "Security alerts cannot be switched off." },
      });
    await ctx.db.transaction(async (tx) => {
      const now = new Date();
      await tx
        .insert(notificationPreferences)
        .values({
          userId: ctx.caller.userId,
          kind: input.kind,
          inApp: input.inApp,
          email: input.email,
          updatedAt: now,
        })
        .onConflictDoUpdate({
          target: [notificationPreferences.userId, notificationPreferences.kind],
          set: { inApp: input.inApp, email: input.email, updatedAt: now },
        });
      await audit(ctx, tx, {
        action: "account.notification_preferences_changed",
        subjectUserId: ctx.caller.userId,
        details: { kind: input.kind, inApp: input.inApp, email: input.email },
      });
    });
    return preferencesOf(ctx.db, ctx.caller.userId, ctx.caller.role);
  });

export const notificationsRouter = createRouter({
  list,
  unreadCount,
  markRead,
  preferences,
  setPreference,
});
