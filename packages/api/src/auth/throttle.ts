import { checkBackoff, hitRateLimit, type RateLimitRule } from "@resq/auth/rate-limit";
import type { Database } from "@resq/db/client";

import { throttled } from "../trpc";

/** The throttling budgets of the account endpoints (per key, shared by every instance). */
export const limits = {
  signInPerIp: { limit: 30, windowSeconds: 15 * 60 },
  signUpPerIp: { limit: 10, windowSeconds: 60 * 60 },
  secondFactorPerAccount: { limit: 10, windowSeconds: 10 * 60 },
  verifyPerEmail: { limit: 10, windowSeconds: 10 * 60 },
  resendPerEmail: { limit: 1, windowSeconds: 60 },
  resendPerEmailHourly: { limit: 5, windowSeconds: 60 * 60 },
  resetPerEmail: { limit: 3, windowSeconds: 60 * 60 },
  resetPerIp: { limit: 20, windowSeconds: 60 * 60 },
  refreshPerIp: { limit: 60, windowSeconds: 60 },
} satisfies Record<string, RateLimitRule>;

/** Counts a hit for each key; throws 429 (with Retry-After) when any is over its budget. */
export async function enforceLimits(
  db: Database,
  checks: [key: string | null, rule: RateLimitRule][],
): Promise<void> {
  for (const [key, rule] of checks) {
    if (key === null) continue;
    const result = await hitRateLimit(db, key, rule);
    if (!result.allowed) throw throttled(result.retryAfterSeconds);
  }
}

/** Throws 429 while a key is backing off after repeated failures. */
export async function enforceBackoff(db: Database, key: string): Promise<void> {
  const result = await checkBackoff(db, key);
  if (!result.allowed) throw throttled(result.retryAfterSeconds);
}

/** Throttling keys: emails are lower-cased so case does not give extra tries. */
export const keys = {
  // Without a known client IP (no trusted proxy in front) there is no per-IP budget: one shared
  // bucket would let a single attacker lock every user out. Per-account limits still apply.
  ip: (scope: string, ip: string | null) => (ip ? `${scope}:ip:${ip}` : null),
  email: (scope: string, email: string) => `${scope}:email:${email.trim().toLowerCase()}`,
  account: (scope: string, userId: string) => `${scope}:user:${userId}`,
};
