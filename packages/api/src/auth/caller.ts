import { eq } from "drizzle-orm";

import { accessTokenKey, verifyAccessToken } from "@resq/auth/access-token";
import type { Keyring } from "@resq/auth/encryption";
import { isRefreshFamilyActive } from "@resq/auth/refresh-token";
import { sessionUserColumns, validateSessionToken } from "@resq/auth/session";
import type { Database } from "@resq/db/client";
import { users } from "@resq/db/schema";

import type { Caller } from "../context";
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
  const settings = await readSettings(db);
  const mfaRequiredRoles = settings["security.mfaRequiredRoles"];

  if (credentials.bearerToken) {
    const claims = await verifyAccessToken(
      accessTokenKey(keyring.current.key),
      credentials.bearerToken,
      now,
    );
    if (!claims || !(await isRefreshFamilyActive(db, claims.familyId))) return null;
    const [user] = await db
      .select(sessionUserColumns)
      .from(users)
      .where(eq(users.id, claims.userId));
    if (!user || user.status !== "active") return null;
    return {
      userId: user.id,
      role: user.role,
      email: user.email,
      name: user.name,
      emailVerified: user.emailVerifiedAt !== null,
      mfaEnabled: Boolean(user.mfaEnabled),
      // Tokens are issued only after the full sign-in, second factor included.
      mfaVerified: true,
      mfaRequiredForRole: mfaRequiredRoles.includes(user.role),
      via: { kind: "token", familyId: claims.familyId },
    };
  }

  if (credentials.sessionToken) {
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
      via: { kind: "session", sessionId: session.id, idleExpiresAt: session.idleExpiresAt },
    };
  }
  return null;
}
