import { clearFailures, recordFailure } from "@resq/auth/rate-limit";
import { markSessionMfaVerified } from "@resq/auth/session";

import { audit } from "../../audit";
import { checkSecondFactor } from "../../auth/second-factor";
import { enforceBackoff, enforceLimits, keys, limits } from "../../auth/throttle";
import { secondFactorInput } from "../../schemas";
import { AppError, gatedProcedure, ALL_ROLES } from "../../trpc";

/** The second sign-in step: an authenticator code or a recovery code marks the session verified. */
export const verifySecondFactor = gatedProcedure(ALL_ROLES, ["pendingSecondFactor"])
  .input(secondFactorInput)
  .mutation(async ({ ctx, input }) => {
    const { caller } = ctx;
    if (caller.via.kind !== "session")
      throw new AppError("BAD_REQUEST", "NOT_A_SESSION", "This step is for browser sign-in.");
    if (caller.mfaVerified) return { next: "home" as const };
    const backoffKey = keys.account("second-factor", caller.userId);
    await enforceLimits(ctx.db, [[backoffKey, limits.secondFactorPerAccount]]);
    await enforceBackoff(ctx.db, `${backoffKey}:failures`);

    const sessionId = caller.via.sessionId;
    const result = await ctx.db.transaction(async (tx) => {
      const check = await checkSecondFactor(tx, ctx.keyring, caller.userId, input.code);
      await audit(ctx, tx, {
        action: "auth.second_factor",
        outcome: check.ok ? "success" : "failure",
        subjectUserId: caller.userId,
        details: check.ok ? { method: check.method } : {},
      });
      if (check.ok) await markSessionMfaVerified(tx, sessionId);
      return check;
    });
    if (!result.ok) {
      await recordFailure(ctx.db, `${backoffKey}:failures`, { freeFailures: 3 });
      throw new AppError(
        "BAD_REQUEST",
        "INVALID_CODE",
        "That code is not right. Codes change every 30 seconds; each works once.",
        {
          fields: { code: "That code is not right." },
        },
      );
    }
    await clearFailures(ctx.db, `${backoffKey}:failures`);
    return {
      next: caller.emailVerified ? ("home" as const) : ("verify-email" as const),
      method: result.method,
    };
  });
