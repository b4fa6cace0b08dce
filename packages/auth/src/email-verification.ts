import { and, desc, eq, sql } from "drizzle-orm";

import type { Database } from "@resq/db/client";
import { emailVerificationCodes } from "@resq/db/schema";

import { constantTimeEqualStrings, hashToken, normaliseCode, randomCode } from "./tokens";

export const VERIFICATION_CODE_LENGTH = 8;
export const VERIFICATION_CODE_TTL_MINUTES = 10;
export const VERIFICATION_MAX_FAILED_ATTEMPTS = 5;

/**
 * Issues a new code for proving `email`, replacing any earlier one for the user. Returns the code
 * for the email body; only its hash is stored.
 */
export async function issueVerificationCode(
  db: Database,
  userId: string,
  email: string,
  now = new Date(),
): Promise<string> {
  const code = randomCode(VERIFICATION_CODE_LENGTH);
  await db.delete(emailVerificationCodes).where(eq(emailVerificationCodes.userId, userId));
  await db.insert(emailVerificationCodes).values({
    userId,
    email,
    codeHash: hashToken(code),
    expiresAt: new Date(now.getTime() + VERIFICATION_CODE_TTL_MINUTES * 60_000),
    createdAt: now,
  });
  return code;
}

export type VerificationResult =
  | { ok: true; email: string }
  | { ok: false; reason: "invalid" | "expired" | "too_many_attempts" | "none" };

/**
 * Checks a code. A wrong code counts an attempt; the fifth wrong attempt or expiry burns the code.
 * A right code is consumed (single use).
 */
export async function consumeVerificationCode(
  db: Database,
  userId: string,
  input: string,
  now = new Date(),
): Promise<VerificationResult> {
  const [row] = await db
    .select()
    .from(emailVerificationCodes)
    .where(eq(emailVerificationCodes.userId, userId))
    .orderBy(desc(emailVerificationCodes.createdAt))
    .limit(1);
  if (!row) return { ok: false, reason: "none" };
  if (now >= row.expiresAt) {
    await db.delete(emailVerificationCodes).where(eq(emailVerificationCodes.id, row.id));
    return { ok: false, reason: "expired" };
  }
  if (row.failedAttempts >= VERIFICATION_MAX_FAILED_ATTEMPTS)
    return { ok: false, reason: "too_many_attempts" };

  if (!constantTimeEqualStrings(hashToken(normaliseCode(input)), row.codeHash)) {
    const [updated] = await db
      .update(emailVerificationCodes)
      .set({ failedAttempts: sql`${emailVerificationCodes.failedAttempts} + 1` })
      .where(eq(emailVerificationCodes.id, row.id))
      .returning({ failedAttempts: emailVerificationCodes.failedAttempts });
    return {
      ok: false,
      reason:
        (updated?.failedAttempts ?? 0) >= VERIFICATION_MAX_FAILED_ATTEMPTS
          ? "too_many_attempts"
          : "invalid",
    };
  }
  // Delete-and-check, so two simultaneous submissions of the right code succeed only once.
  const consumed = await db
    .delete(emailVerificationCodes)
    .where(and(eq(emailVerificationCodes.id, row.id)))
    .returning({ email: emailVerificationCodes.email });
  return consumed[0] ? { ok: true, email: consumed[0].email } : { ok: false, reason: "invalid" };
}
