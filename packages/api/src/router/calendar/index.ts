import { eq } from "drizzle-orm";
import { z } from "zod";

import { hashToken, randomToken } from "@resq/auth/tokens";
import { calendarFeeds } from "@resq/db/schema";

import { audit } from "../../audit";
import { createRouter, roleProcedure } from "../../trpc";

/** The caller's calendar subscription: whether one exists (its URL is shown only when created). */
const feed = roleProcedure("patient", "doctor").query(async ({ ctx }) => {
  const [row] = await ctx.db
    .select({ includeDetails: calendarFeeds.includeDetails, createdAt: calendarFeeds.createdAt })
    .from(calendarFeeds)
    .where(eq(calendarFeeds.userId, ctx.caller.userId));
  return row ? { active: true as const, ...row } : { active: false as const };
});

/**
 * Creates a private subscription URL for calendar apps (replacing any earlier one, which stops
 * working). Only the token's hash is kept, so the URL is shown this once.
 */
const createFeed = roleProcedure("patient", "doctor")
  .input(z.object({ includeDetails: z.boolean().default(false) }))
  .mutation(async ({ ctx, input }) => {
    const token = randomToken(24);
    await ctx.db.transaction(async (tx) => {
      await tx
        .insert(calendarFeeds)
        .values({
          userId: ctx.caller.userId,
          tokenHash: hashToken(token),
          includeDetails: input.includeDetails,
        })
        .onConflictDoUpdate({
          target: calendarFeeds.userId,
          set: {
            tokenHash: hashToken(token),
            includeDetails: input.includeDetails,
            createdAt: new Date(),
          },
        });
      await audit(ctx, tx, {
        action: "calendar.feed_created",
        subjectUserId: ctx.caller.userId,
        details: { includeDetails: input.includeDetails },
      });
    });
    return { url: `${ctx.appUrl}/api/calendar/${token}.ics` };
  });

/** Revokes the subscription: calendar apps stop receiving updates. */
const revokeFeed = roleProcedure("patient", "doctor").mutation(async ({ ctx }) => {
  await ctx.db.transaction(async (tx) => {
    await tx.delete(calendarFeeds).where(eq(calendarFeeds.userId, ctx.caller.userId));
    await audit(ctx, tx, { action: "calendar.feed_revoked", subjectUserId: ctx.caller.userId });
  });
  return { ok: true as const };
});

export const calendarRouter = createRouter({ feed, createFeed, revokeFeed });
