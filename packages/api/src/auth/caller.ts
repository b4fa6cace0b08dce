import { eq, sql } from "drizzle-orm";

import { accessTokenKey, verifyAccessToken } from "@resq/auth/access-token";
import type { Keyring } from "@resq/auth/encryption";
import { sessionUserColumns, validateSessionToken } from "@resq/auth/session";
import type { Database } from "@resq/db/client";
import { users } from "@resq/db/schema";

import type { Caller } from "../context";
import { asLocale } from "../i18n/recipient";
import { readSettings, sessionPolicyOf } from "../settings/read";

/**
 * Who is calling: from a bearer access token (API clients) or the session cookie (the web app).
 * A bearer token wins when both are sent. Anything invalid, expired or revoked is anonymous.
 */
export async function resolveCaller(
  db: Database,
  keyring: Keyring,
  credentials: { sessionToken?: string | null; bearerToken?: string | null },
  now = new Date(),
): Promise<Caller | null> {
  if (credentials.bearerToken) {
    const claims = await verifyAccessToken(
      accessTokenKey(keyring.current.key),
      credentials.bearerToken,
      now,
    );
    if (!claims) return null;
    // The settings and the user with their sign-in's state (a revoked refresh family ends its
    // access tokens), concurrently: one round trip's wait instead of three on every API call.
    const [settings, [user]] = await Promise.all([
      readSettings(db),
      db
        .select({
          ...sessionUserColumns,
          familyActive: sql<boolean>`exists (select 1 from refresh_tokens r where r.family_id = ${claims.familyId} and r.revoked_at is null)`,
        })
        .from(users)
        .where(eq(users.id, claims.userId)),
    ]);
    if (!user || !user.familyActive || user.status !== "active") return null;
    return {
      userId: user.id,
      role: user.role,
      email: user.email,
      name: user.name,
      emailVerified: user.emailVerifiedAt !== null,
      mfaEnabled: Boolean(user.mfaEnabled),
      // Tokens are issued only after the full sign-in, second factor included.
      mfaVerified: true,
      mfaRequiredForRole: settings["security.mfaRequiredRoles"].includes(user.role),
      locale: asLocale(user.locale),
      via: { kind: "token", familyId: claims.familyId },
    };
  }

  if (credentials.sessionToken) {
    const settings = await readSettings(db);
    const mfaRequiredRoles = settings["security.mfaRequiredRoles"];
    const result = await validateSessionToken(
      db,
      credentials.sessionToken,
      sessionPolicyOf(settings),
      now,
    );
    if (!result) return null;
    const { session, user } = result;
    return {
      userId: user.id,
      role: user.role,
      email: user.email,
      name: user.name,
      emailVerified: user.emailVerified,
      mfaEnabled: user.mfaEnabled,
      mfaVerified: session.mfaVerified,
      mfaRequiredForRole: mfaRequiredRoles.includes(user.role),
      locale: asLocale(user.locale),
      via: { kind: "session", sessionId: session.id, idleExpiresAt: session.idleExpiresAt },
    };
  }
  return null;
}
