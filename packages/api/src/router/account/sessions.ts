import { and, eq } from "drizzle-orm";
import { z } from "zod";

import { invalidateUserSessions, listUserSessions } from "@resq/auth/session";
import { sessions } from "@resq/db/schema";

import { audit } from "../../audit";
import { AppError, accountSetupProcedure } from "../../trpc";

/** The caller's active sessions: device, IP, last seen; the current one flagged. */
export const listSessions = accountSetupProcedure.query(async ({ ctx }) => {
  const current = ctx.caller.via.kind === "session" ? ctx.caller.via.sessionId : null;
  const rows = await listUserSessions(ctx.db, ctx.caller.userId);
  // The id is a hash of the token, safe to show; a shortened form is enough to name a session.
  return rows.map((row) => ({ ...row, current: row.id === current }));
});

/** Signs one of the caller's own sessions out (404 for anyone else's). */
export const revokeSession = accountSetupProcedure
  .input(z.object({ sessionId: z.string().regex(/^[0-9a-f]{64}$/, "Unknown session.") }))
  .mutation(async ({ ctx, input }) => {
    const ended = await ctx.db.transaction(async (tx) => {
      const rows = await tx
        .delete(sessions)
        .where(and(eq(sessions.id, input.sessionId), eq(sessions.userId, ctx.caller.userId)))
        .returning({ id: sessions.id });
      if (rows.length)
        await audit(ctx, tx, {
          action: "auth.session_revoked",
          subjectUserId: ctx.caller.userId,
          details: { count: 1 },
        });
      return rows.length;
    });
    if (!ended) throw new AppError("NOT_FOUND", "NOT_FOUND", "That session does not exist.");
    if (ctx.caller.via.kind === "session" && ctx.caller.via.sessionId === input.sessionId)
      ctx.sessionCookie.clear();
    return { ok: true as const };
  });

/** "Sign out everywhere else": every session but this one. */
export const revokeOtherSessions = accountSetupProcedure.mutation(async ({ ctx }) => {
  const keep = ctx.caller.via.kind === "session" ? ctx.caller.via.sessionId : undefined;
  const count = await ctx.db.transaction(async (tx) => {
    const ended = await invalidateUserSessions(tx, ctx.caller.userId, keep);
    await audit(ctx, tx, {
      action: "auth.session_revoked",
      subjectUserId: ctx.caller.userId,
      details: { count: ended, scope: "others" },
    });
    return ended;
  });
  return { ended: count };
});
