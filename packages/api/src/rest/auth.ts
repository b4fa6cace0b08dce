import { z } from "zod";

import { accessTokenKey, ACCESS_TOKEN_TTL_SECONDS, signAccessToken } from "@resq/auth/access-token";
import { clearFailures, recordFailure } from "@resq/auth/rate-limit";
import {
  familyOfRefreshToken,
  issueRefreshToken,
  revokeRefreshFamily,
  rotateRefreshToken,
} from "@resq/auth/refresh-token";
import { eq } from "drizzle-orm";
import { users } from "@resq/db/schema";

import { recordProductEvent } from "../analytics/product-events";
import { audit } from "../audit";
import { hasConfirmedTotp, checkSecondFactor } from "../auth/second-factor";
import { authenticateWithPassword, INVALID_CREDENTIALS } from "../auth/sign-in";
import { enforceBackoff, enforceLimits, keys, limits } from "../auth/throttle";
import { callerLocale, type Context } from "../context";
import { currentPasswordSchema, emailSchema } from "../schemas";
import { readSettings } from "../settings/read";
import { AppError } from "../trpc";
import { jsonResponse, readJson, toErrorResponse } from "./http";

const loginBody = z.object({
  email: emailSchema,
  password: currentPasswordSchema,
  totpCode: z.string().trim().min(6).max(20).optional(),
});
const refreshBody = z.object({ refreshToken: z.string().min(1).max(200) });

async function tokenPair(
  ctx: Context,
  user: { id: string; role: "patient" | "doctor" | "admin" },
  refresh: { token: string; familyId: string },
) {
  const accessToken = await signAccessToken(accessTokenKey(ctx.keyring.current.key), {
    userId: user.id,
    role: user.role,
    familyId: refresh.familyId,
  });
  return {
    accessToken,
    refreshToken: refresh.token,
    tokenType: "Bearer" as const,
    expiresIn: ACCESS_TOKEN_TTL_SECONDS,
  };
}

/** POST /api/auth/login/ — design.md's REST contract. */
export async function restLogin(request: Request, ctx: Context): Promise<Response> {
  try {
    const body = await readJson(request, loginBody);
    const user = await authenticateWithPassword(ctx, body.email, body.password);
    if (!user.emailVerifiedAt) {
      throw new AppError(
        "FORBIDDEN",
        "EMAIL_NOT_VERIFIED",
        "Verify your email address in the web app before using the API.",
      );
    }
    if (await hasConfirmedTotp(ctx.db, user.id)) {
      if (!body.totpCode)
        throw new AppError(
          "UNAUTHORIZED",
          "MFA_REQUIRED",
          "This account uses two-factor authentication: send totpCode.",
        );
      const backoffKey = `${keys.account("second-factor", user.id)}:failures`;
      await enforceLimits(ctx.db, [
        [keys.account("second-factor", user.id), limits.secondFactorPerAccount],
      ]);
      await enforceBackoff(ctx.db, backoffKey);
      const check = await ctx.db.transaction((tx) =>
        checkSecondFactor(tx, ctx.keyring, user.id, body.totpCode ?? ""),
      );
      if (!check.ok) {
        await recordFailure(ctx.db, backoffKey, { freeFailures: 3 });
        await audit(ctx, ctx.db, {
          action: "auth.second_factor",
          outcome: "failure",
          actorId: user.id,
          actorRole: user.role,
          subjectUserId: user.id,
          details: { via: "api" },
        });
        throw INVALID_CREDENTIALS();
      }
      await clearFailures(ctx.db, backoffKey);
    } else if ((await readSettings(ctx.db))["security.mfaRequiredRoles"].includes(user.role)) {
      throw new AppError(
        "FORBIDDEN",
        "MFA_ENROLMENT_REQUIRED",
        "Set up two-factor authentication in the web app first.",
      );
    }
    const pair = await ctx.db.transaction(async (tx) => {
      const refresh = await issueRefreshToken(tx, user.id);
      await audit(ctx, tx, {
        action: "auth.sign_in",
        actorId: user.id,
        actorRole: user.role,
        subjectUserId: user.id,
        details: { method: "api" },
      });
      await recordProductEvent(tx, {
        kind: "session.started",
        userId: user.id,
        role: user.role,
        properties: { via: "api" },
      });
      return tokenPair(ctx, user, refresh);
    });
    return jsonResponse({
      ...pair,
      user: { id: user.id, email: user.email, role: user.role, name: user.name },
    });
  } catch (error) {
    return toErrorResponse(error, callerLocale(ctx));
  }
}

/** POST /api/auth/refresh/ — rotates the refresh token; a reused one revokes its whole family. */
export async function restRefresh(request: Request, ctx: Context): Promise<Response> {
  try {
    await enforceLimits(ctx.db, [[keys.ip("refresh", ctx.request.ip), limits.refreshPerIp]]);
    const body = await readJson(request, refreshBody);
    const result = await ctx.db.transaction(async (tx) => {
      const rotation = await rotateRefreshToken(tx, body.refreshToken);
      if (!rotation.ok) {
        if (rotation.reason === "reused") {
          const family = await familyOfRefreshToken(tx, body.refreshToken);
          await audit(ctx, tx, {
            action: "auth.refresh_token_reused",
            outcome: "denied",
            subjectUserId: family?.userId ?? null,
            details: { familyRevoked: true },
          });
        }
        return null;
      }
      const [user] = await tx.select().from(users).where(eq(users.id, rotation.userId));
      if (!user || user.status !== "active") {
        await revokeRefreshFamily(tx, rotation.familyId);
        return null;
      }
      return tokenPair(ctx, user, { token: rotation.token, familyId: rotation.familyId });
    });
    if (!result)
      throw new AppError(
        "UNAUTHORIZED",
        "INVALID_REFRESH_TOKEN",
        "This refresh token is not valid. Sign in again.",
      );
    return jsonResponse(result);
  } catch (error) {
    return toErrorResponse(error, callerLocale(ctx));
  }
}

/** POST /api/auth/logout/ — ends the sign-in the refresh token belongs to. Always 204. */
export async function restLogout(request: Request, ctx: Context): Promise<Response> {
  try {
    const body = await readJson(request, refreshBody);
    await ctx.db.transaction(async (tx) => {
      const family = await familyOfRefreshToken(tx, body.refreshToken);
      if (!family) return;
      await revokeRefreshFamily(tx, family.familyId);
      await audit(ctx, tx, {
        action: "auth.sign_out",
        actorId: family.userId,
        subjectUserId: family.userId,
        details: { via: "api" },
      });
    });
    return new Response(null, { status: 204, headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    return toErrorResponse(error, callerLocale(ctx));
  }
}
