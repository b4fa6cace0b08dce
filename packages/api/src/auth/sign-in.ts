import { clearFailures, recordFailure } from "@resq/auth/rate-limit";
import type { User } from "@resq/db/schema";

import { audit } from "../audit";
import type { Context } from "../context";
import { AppError } from "../trpc";
import { checkPassword, findUserByEmail } from "./password-check";
import { enforceBackoff, enforceLimits, keys, limits } from "./throttle";

export const INVALID_CREDENTIALS = () =>
  new AppError("UNAUTHORIZED", "INVALID_CREDENTIALS", "The email or password is not right.");

/**
 * The password step of every sign-in (web and REST): throttled per IP and per account, answered the
 * same for unknown emails and wrong passwords, audited either way. Returns the active user.
 */
export async function authenticateWithPassword(
  ctx: Context,
  email: string,
  password: string,
): Promise<User> {
  const { db } = ctx;
  await enforceLimits(db, [[keys.ip("sign-in", ctx.request.ip), limits.signInPerIp]]);
  const accountKey = keys.email("sign-in", email);
  await enforceBackoff(db, accountKey);

  const user = await checkPassword(db, email, password);
  if (!user || user.status === "deleted") {
    await recordFailure(db, accountKey, { freeFailures: 4 });
    const known = user ?? (await findUserByEmail(db, email));
    await audit(ctx, db, {
      action: "auth.sign_in",
      outcome: "failure",
      subjectUserId: known?.id ?? null,
      details: { reason: "invalid_credentials" },
    });
    throw INVALID_CREDENTIALS();
  }
  if (user.status === "suspended") {
    await audit(ctx, db, {
      action: "auth.sign_in",
      outcome: "denied",
      subjectUserId: user.id,
      details: { reason: "suspended" },
    });
    throw new AppError(
      "FORBIDDEN",
      "ACCOUNT_SUSPENDED",
      "This account is suspended. Please contact support.",
    );
  }
  await clearFailures(db, accountKey);
  return user;
}
