import { and, eq, isNull } from "drizzle-orm";

import type { Database } from "@resq/db/client";
import { recoveryCodes } from "@resq/db/schema";

import { hashToken, normaliseCode, randomCode } from "./tokens";

export const RECOVERY_CODE_COUNT = 10;

/** Replaces a user's recovery codes with ten new ones; returns them to show once. */
export async function regenerateRecoveryCodes(db: Database, userId: string): Promise<string[]> {
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const raw = randomCode(10);
    return `${raw.slice(0, 5)}-${raw.slice(5)}`;
  });
  await db.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
  await db
    .insert(recoveryCodes)
    .values(codes.map((code) => ({ userId, codeHash: hashToken(normaliseCode(code)) })));
  return codes;
}

/** Uses up a recovery code; true once per code, however often it is presented. */
export async function consumeRecoveryCode(
  db: Database,
  userId: string,
  input: string,
  now = new Date(),
): Promise<boolean> {
  const used = await db
    .update(recoveryCodes)
    .set({ usedAt: now })
    .where(
      and(
        eq(recoveryCodes.userId, userId),
        eq(recoveryCodes.codeHash, hashToken(normaliseCode(input))),
        isNull(recoveryCodes.usedAt),
      ),
    )
    .returning({ id: recoveryCodes.id });
  return used.length === 1;
}

export async function countUnusedRecoveryCodes(db: Database, userId: string): Promise<number> {
  const rows = await db
    .select({ id: recoveryCodes.id })
    .from(recoveryCodes)
    .where(and(eq(recoveryCodes.userId, userId), isNull(recoveryCodes.usedAt)));
  return rows.length;
}
