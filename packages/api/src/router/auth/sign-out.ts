import { invalidateSession } from "@resq/auth/session";

import { audit } from "../../audit";
import { anySessionProcedure } from "../../trpc";

/** Ends this browser session (the others stay: see account.security for "everywhere"). */
export const signOut = anySessionProcedure.mutation(async ({ ctx }) => {
  const { caller } = ctx;
  if (caller.via.kind === "session") {
    const sessionId = caller.via.sessionId;
    await ctx.db.transaction(async (tx) => {
      await invalidateSession(tx, sessionId);
      await audit(ctx, tx, { action: "auth.sign_out", subjectUserId: caller.userId });
    });
  }
  ctx.sessionCookie.clear();
  return { ok: true as const };
});

/** When this session will end for inactivity, so the page can warn before it does. */
export const sessionStatus = anySessionProcedure.query(({ ctx }) => ({
  idleExpiresAt: ctx.caller.via.kind === "session" ? ctx.caller.via.idleExpiresAt : null,
}));
