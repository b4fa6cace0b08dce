import { and, eq, isNotNull, sql } from "drizzle-orm";

import { decrypt, type Keyring } from "@resq/auth/encryption";
import { consumeRecoveryCode } from "@resq/auth/recovery-codes";
import { verifyTotpCode } from "@resq/auth/totp";
import type { Database } from "@resq/db/client";
import { totpCredentials } from "@resq/db/schema";

/**
 * Checks a second factor: a 6-digit authenticator code (each accepted once: the step is stored and
 * must advance) or a single-use recovery code. Call inside a transaction.
 */
export async function checkSecondFactor(
  db: Database,
  keyring: Keyring,
  userId: string,
  code: string,
  now = new Date(),
): Promise<{ ok: true; method: "totp" | "recovery_code" } | { ok: false }> {
  const trimmed = code.replace(/\s/g, "");
  if (/^\d{6}$/.test(trimmed)) {
    // Lock the row: two requests with the same code must not both see the old last step.
    const [credential] = await db
      .select()
      .from(totpCredentials)
      .where(and(eq(totpCredentials.userId, userId), isNotNull(totpCredentials.confirmedAt)))
      .for("update");
    if (!credential) return { ok: false };
    const secret = new Uint8Array(
      Buffer.from(decrypt(keyring, credential.secretCiphertext), "base64"),
    );
    const result = verifyTotpCode(secret, trimmed, credential.lastUsedStep, now);
    if (!result.ok) return { ok: false };
    await db
      .update(totpCredentials)
      .set({ lastUsedStep: sql`${result.step}` })
      .where(eq(totpCredentials.userId, userId));
    return { ok: true, method: "totp" };
  }
  return (await consumeRecoveryCode(db, userId, trimmed, now))
    ? { ok: true, method: "recovery_code" }
    : { ok: false };
}

export async function hasConfirmedTotp(db: Database, userId: string): Promise<boolean> {
  const [row] = await db
    .select({ userId: totpCredentials.userId })
    .from(totpCredentials)
    .where(and(eq(totpCredentials.userId, userId), isNotNull(totpCredentials.confirmedAt)));
  return !!row;
}
