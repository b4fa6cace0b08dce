import { and, eq, gt, isNull } from "drizzle-orm";

import type { Database } from "@resq/db/client";
import { passwordResetTokens } from "@resq/db/schema";

import { hashToken, randomToken } from "./tokens";

export const RESET_TOKEN_BYTES = 25;
export const RESET_TOKEN_TTL_MINUTES = 60;

/**
 * A new reset token for the link (≥ 25 random bytes); earlier unused tokens are withdrawn. An
 * invitation (an admin-created account choosing its first password) uses the same token, longer-lived.
 */
export async function issuePasswordResetToken(
  db: Database,
  userId: string,
  now = new Date(),
  ttlMinutes = RESET_TOKEN_TTL_MINUTES,
): Promise<string> {
  const token = randomToken(RESET_TOKEN_BYTES);
  await db.delete(passwordResetTokens).where(eq(passwordResetTokens.userId, userId));
  await db.insert(passwordResetTokens).values({
    id: hashToken(token),
    userId,
    createdAt: now,
    expiresAt: new Date(now.getTime() + ttlMinutes * 60_000),
  });
  return token;
}

/** The user a still-valid, unused reset token belongs to, without using it up. */
export async function findPasswordResetToken(
  db: Database,
  token: string,
  now = new Date(),
): Promise<{ userId: string } | null> {
  if (!/^[a-z2-7]{20,64}$/.test(token)) return null;
  const [row] = await db
    .select({ userId: passwordResetTokens.userId })
    .from(passwordResetTokens)
    .where(
      and(
        eq(passwordResetTokens.id, hashToken(token)),
        isNull(passwordResetTokens.usedAt),
        gt(passwordResetTokens.expiresAt, now),
      ),
    );
  return row ?? null;
}

/** Uses the token up; only one of two simultaneous uses wins. */
export async function consumePasswordResetToken(
  db: Database,
  token: string,
  now = new Date(),
): Promise<{ userId: string } | null> {
  if (!/^[a-z2-7]{20,64}$/.test(token)) return null;
  const [row] = await db
    .update(passwordResetTokens)
    .set({ usedAt: now })
    .where(
      and(
        eq(passwordResetTokens.id, hashToken(token)),
        isNull(passwordResetTokens.usedAt),
        gt(passwordResetTokens.expiresAt, now),
      ),
    )
    .returning({ userId: passwordResetTokens.userId });
  return row ?? null;
}
