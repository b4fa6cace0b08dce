import { sql } from "drizzle-orm";

import { hashPassword, needsRehash, verifyPassword } from "@resq/auth/password";
import type { Database } from "@resq/db/client";
import { users, type User } from "@resq/db/schema";
import { eq } from "drizzle-orm";

// A real argon2id hash of a random password, so an unknown email costs the same verification time.
let dummyHash: Promise<string> | undefined;
function timingDummy(): Promise<string> {
  dummyHash ??= hashPassword(crypto.randomUUID());
  return dummyHash;
}

/** The account with this email (case-insensitive), or undefined. */
export async function findUserByEmail(db: Database, email: string): Promise<User | undefined> {
  const [user] = await db
    .select()
    .from(users)
    .where(sql`lower(${users.email}) = ${email.trim().toLowerCase()}`);
  return user;
}

/**
 * Checks an email and password in the same time whether or not the account exists (invariant 6).
 * Returns the user only when the password is right; re-hashes a hash made with old parameters.
 */
export async function checkPassword(
  db: Database,
  email: string,
  password: string,
): Promise<User | null> {
  const user = await findUserByEmail(db, email);
  const stored = user?.passwordHash ?? (await timingDummy());
  const valid = await verifyPassword(stored, password);
  if (!user?.passwordHash || !valid) return null;
  if (needsRehash(user.passwordHash)) {
    await db
      .update(users)
      .set({ passwordHash: await hashPassword(password) })
      .where(eq(users.id, user.id));
  }
  return user;
}

/** Re-authentication of a signed-in user (before sensitive changes). */
export async function checkOwnPassword(
  db: Database,
  userId: string,
  password: string,
): Promise<boolean> {
  const [user] = await db
    .select({ passwordHash: users.passwordHash })
    .from(users)
    .where(eq(users.id, userId));
  const valid = await verifyPassword(user?.passwordHash ?? (await timingDummy()), password);
  return Boolean(user?.passwordHash) && valid;
}
