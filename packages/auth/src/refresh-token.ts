import { randomUUID } from "node:crypto";

import { and, eq, isNull } from "drizzle-orm";

import type { Database } from "@resq/db/client";
import { refreshTokens } from "@resq/db/schema";

import { hashToken, randomToken } from "./tokens";

export const REFRESH_TOKEN_TTL_DAYS = 30;

async function insertToken(db: Database, userId: string, familyId: string, now: Date) {
  const token = randomToken(32);
  await db.insert(refreshTokens).values({
    id: hashToken(token),
    familyId,
    userId,
    createdAt: now,
    expiresAt: new Date(now.getTime() + REFRESH_TOKEN_TTL_DAYS * 86_400_000),
  });
  return token;
}

/** The first refresh token of a new sign-in (a new family). */
export async function issueRefreshToken(db: Database, userId: string, now = new Date()) {
  const familyId = randomUUID();
  return { token: await insertToken(db, userId, familyId, now), familyId };
}

export type RotationResult =
  | { ok: true; token: string; userId: string; familyId: string }
  | { ok: false; reason: "unknown" | "expired" | "revoked" | "reused" };

/**
 * Exchanges a refresh token for a new one in the same family. The old one stops working. A token
 * presented after it was already used means it was copied: the whole family is revoked.
 * Call inside a transaction.
 */
export async function rotateRefreshToken(
  db: Database,
  token: string,
  now = new Date(),
): Promise<RotationResult> {
  if (!/^[a-z2-7]{40,64}$/.test(token)) return { ok: false, reason: "unknown" };
  const [row] = await db
    .select()
    .from(refreshTokens)
    .where(eq(refreshTokens.id, hashToken(token)))
    .for("update");
  if (!row) return { ok: false, reason: "unknown" };
  if (row.revokedAt) return { ok: false, reason: "revoked" };
  if (row.usedAt) {
    await revokeRefreshFamily(db, row.familyId, now);
    return { ok: false, reason: "reused" };
  }
  if (now >= row.expiresAt) return { ok: false, reason: "expired" };
  await db.update(refreshTokens).set({ usedAt: now }).where(eq(refreshTokens.id, row.id));
  return {
    ok: true,
    token: await insertToken(db, row.userId, row.familyId, now),
    userId: row.userId,
    familyId: row.familyId,
  };
}

export async function revokeRefreshFamily(
  db: Database,
  familyId: string,
  now = new Date(),
): Promise<void> {
  await db
    .update(refreshTokens)
    .set({ revokedAt: now })
    .where(and(eq(refreshTokens.familyId, familyId), isNull(refreshTokens.revokedAt)));
}

/** The family a refresh token belongs to (for sign-out), or null. */
export async function familyOfRefreshToken(
  db: Database,
  token: string,
): Promise<{ familyId: string; userId: string } | null> {
  if (!/^[a-z2-7]{40,64}$/.test(token)) return null;
  const [row] = await db
    .select({ familyId: refreshTokens.familyId, userId: refreshTokens.userId })
    .from(refreshTokens)
    .where(eq(refreshTokens.id, hashToken(token)));
  return row ?? null;
}

export async function revokeUserRefreshTokens(
  db: Database,
  userId: string,
  now = new Date(),
): Promise<void> {
  await db
    .update(refreshTokens)
    .set({ revokedAt: now })
    .where(and(eq(refreshTokens.userId, userId), isNull(refreshTokens.revokedAt)));
}
