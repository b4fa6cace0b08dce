import { createHash } from "node:crypto";

import { jwtVerify, SignJWT } from "jose";

import type { UserRole } from "@resq/db/schema";

/** Access tokens for API clients: short-lived JWTs (HS256), 15 minutes (design.md). */
export const ACCESS_TOKEN_TTL_SECONDS = 15 * 60;
const ISSUER = "resq";
const AUDIENCE = "resq-api";

export interface AccessTokenClaims {
  userId: string;
  role: UserRole;
  /** The refresh-token family: revoking it (sign-out, reuse) ends the access tokens too. */
  familyId: string;
}

/** The signing key, derived from the encryption key so a deployment has one secret to manage. */
export function accessTokenKey(encryptionKey: Buffer): Uint8Array {
  return new Uint8Array(
    createHash("sha256").update("resq-jwt-signing\0").update(encryptionKey).digest(),
  );
}

export async function signAccessToken(
  key: Uint8Array,
  claims: AccessTokenClaims,
  now = new Date(),
): Promise<string> {
  const issuedAt = Math.floor(now.getTime() / 1000);
  return new SignJWT({ role: claims.role, fam: claims.familyId })
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .setSubject(claims.userId)
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + ACCESS_TOKEN_TTL_SECONDS)
    .sign(key);
}

/** The claims of a valid, unexpired token signed by us; null for anything else. */
export async function verifyAccessToken(
  key: Uint8Array,
  token: string,
  now = new Date(),
): Promise<AccessTokenClaims | null> {
  try {
    const { payload } = await jwtVerify(token, key, {
      issuer: ISSUER,
      audience: AUDIENCE,
      algorithms: ["HS256"],
      currentDate: now,
    });
    const role = payload.role;
    const familyId = payload.fam;
    if (typeof payload.sub !== "string" || typeof familyId !== "string") return null;
    if (role !== "patient" && role !== "doctor" && role !== "admin") return null;
    return { userId: payload.sub, role, familyId };
  } catch {
    return null;
  }
}
