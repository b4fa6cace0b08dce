import { eq, sql } from "drizzle-orm";

import { decrypt, encrypt, keyIdOfCiphertext, type Keyring } from "@resq/auth/encryption";
import type { Database } from "@resq/db/client";
import { totpCredentials, treatmentNotes } from "@resq/db/schema";

/**
 * Re-encrypts every secret written under an older key with the current key, in small batches (each
 * its own transaction), while the app keeps running: old ciphertexts stay readable throughout
 * because the previous keys are still in the keyring. Idempotent; returns how many it rewrote.
 */
export async function rotateEncryptionKeys(
  db: Database,
  keyring: Keyring,
  batchSize = 200,
): Promise<{ notes: number; totpSecrets: number }> {
  const current = keyring.current.id;
  let notes = 0;
  let totpSecrets = 0;
  for (;;) {
    const batch = await db
      .select({ id: treatmentNotes.id, body: treatmentNotes.bodyCiphertext })
      .from(treatmentNotes)
      .where(sql`split_part(${treatmentNotes.bodyCiphertext}, '.', 2) <> ${current}`)
      .limit(batchSize);
    if (batch.length === 0) break;
    await db.transaction(async (tx) => {
      // Signed notes are immutable; the trigger lets only a same-text re-encryption through.
      await tx.execute(sql`select set_config('resq.key_rotation', 'on', true)`);
      for (const note of batch) {
        await tx
          .update(treatmentNotes)
          .set({ bodyCiphertext: encrypt(keyring, decrypt(keyring, note.body)) })
          .where(eq(treatmentNotes.id, note.id));
      }
    });
    notes += batch.length;
  }
  const secrets = await db
    .select({ userId: totpCredentials.userId, secret: totpCredentials.secretCiphertext })
    .from(totpCredentials);
  for (const row of secrets) {
    if (keyIdOfCiphertext(row.secret) === current) continue;
    await db
      .update(totpCredentials)
      .set({ secretCiphertext: encrypt(keyring, decrypt(keyring, row.secret)) })
      .where(eq(totpCredentials.userId, row.userId));
    totpSecrets++;
  }
  return { notes, totpSecrets };
}
