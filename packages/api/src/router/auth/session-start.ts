import { createSession } from "@resq/auth/session";
import type { User } from "@resq/db/schema";

import { recordProductEvent } from "../../analytics/product-events";
import { audit } from "../../audit";
import { hasConfirmedTotp } from "../../auth/second-factor";
import type { Context } from "../../context";
import { readSettings, sessionPolicyOf } from "../../settings/read";

/** What the web app should show next after a sign-in step. */
export type NextStep = "second-factor" | "verify-email" | "enrol-mfa" | "home";

/** Starts a browser session for a user whose password (or email code) was just proved. */
export async function startBrowserSession(
  ctx: Context,
  user: User,
  how: "password" | "email_code",
): Promise<NextStep> {
  const settings = await readSettings(ctx.db);
  const mfaEnabled = await hasConfirmedTotp(ctx.db, user.id);
  const { token, session } = await ctx.db.transaction(async (tx) => {
    const created = await createSession(tx, user.id, {
      mfaVerified: !mfaEnabled,
      ip: ctx.request.ip,
      userAgent: ctx.request.userAgent,
      policy: sessionPolicyOf(settings),
    });
    await audit(ctx, tx, {
      action: "auth.sign_in",
      actorId: user.id,
      actorRole: user.role,
      subjectUserId: user.id,
      details: { method: how, secondFactorPending: mfaEnabled },
    });
    await recordProductEvent(tx, {
      kind: "session.started",
      userId: user.id,
      role: user.role,
      properties: { via: "web" },
    });
    return created;
  });
  ctx.sessionCookie.set(token, session.expiresAt);
  if (mfaEnabled) return "second-factor";
  if (!user.emailVerifiedAt) return "verify-email";
  if (settings["security.mfaRequiredRoles"].includes(user.role)) return "enrol-mfa";
  return "home";
}
