import { sql } from "drizzle-orm";

import { rowsOf, type Database } from "@resq/db/client";

/**
 * Throttling that holds across app instances, kept in Postgres (one row per key). Each key has a
 * fixed-window budget; failures recorded against a key add an exponential back-off on top.
 */
export interface RateLimitRule {
  /** Allowed hits per window. */
  limit: number;
  windowSeconds: number;
}

export type RateLimitResult = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/** Counts one hit against `key` and says whether it is within budget (atomic upsert). */
export async function hitRateLimit(
  db: Database,
  key: string,
  rule: RateLimitRule,
  now = new Date(),
): Promise<RateLimitResult> {
  const rows = await db.execute<{
    hits: number;
    window_started_at: string | Date;
    blocked_until: string | Date | null;
  }>(sql`
    insert into rate_limits (key, window_started_at, hits)
    values (${key}, ${now.toISOString()}::timestamptz, 1)
    on conflict (key) do update set
      hits = case when rate_limits.window_started_at <= ${now.toISOString()}::timestamptz - make_interval(secs => ${rule.windowSeconds})
                  then 1 else rate_limits.hits + 1 end,
      window_started_at = case when rate_limits.window_started_at <= ${now.toISOString()}::timestamptz - make_interval(secs => ${rule.windowSeconds})
                  then ${now.toISOString()}::timestamptz else rate_limits.window_started_at end
    returning hits, window_started_at, blocked_until
  `);
  const row = rowsOf<{
    hits: number;
    window_started_at: string | Date;
    blocked_until: string | Date | null;
  }>(rows)[0];
  if (!row) return { allowed: true };
  const blockedUntil = row.blocked_until ? new Date(row.blocked_until) : null;
  if (blockedUntil && blockedUntil > now) {
    return {
      allowed: false,
      retryAfterSeconds: Math.max(1, Math.ceil((blockedUntil.getTime() - now.getTime()) / 1000)),
    };
  }
  if (row.hits > rule.limit) {
    const windowEnds = new Date(row.window_started_at).getTime() + rule.windowSeconds * 1000;
    return {
      allowed: false,
      retryAfterSeconds: Math.max(1, Math.ceil((windowEnds - now.getTime()) / 1000)),
    };
  }
  return { allowed: true };
}

/** Whether `key` is currently in a back-off, without counting a hit. */
export async function checkBackoff(
  db: Database,
  key: string,
  now = new Date(),
): Promise<RateLimitResult> {
  const rows = await db.execute<{ blocked_until: string | Date | null }>(
    sql`select blocked_until from rate_limits where key = ${key}`,
  );
  const blockedUntil = rowsOf<{ blocked_until: string | Date | null }>(rows)[0]?.blocked_until;
  if (blockedUntil && new Date(blockedUntil) > now) {
    return {
      allowed: false,
      retryAfterSeconds: Math.max(
        1,
        Math.ceil((new Date(blockedUntil).getTime() - now.getTime()) / 1000),
      ),
    };
  }
  return { allowed: true };
}

/**
 * Records a failure (wrong password, wrong code) against `key`. After `freeFailures` consecutive
 * failures each further one doubles the wait: 1 s, 2 s, 4 s … up to `maxDelaySeconds`.
 */
export async function recordFailure(
  db: Database,
  key: string,
  {
    freeFailures = 3,
    maxDelaySeconds = 15 * 60,
  }: { freeFailures?: number; maxDelaySeconds?: number } = {},
  now = new Date(),
): Promise<void> {
  await db.execute(sql`
    insert into rate_limits (key, window_started_at, hits, consecutive_failures)
    values (${key}, ${now.toISOString()}::timestamptz, 0, 1)
    on conflict (key) do update set consecutive_failures = rate_limits.consecutive_failures + 1
  `);
  await db.execute(sql`
    update rate_limits set blocked_until = case
      when consecutive_failures > ${freeFailures}
      then ${now.toISOString()}::timestamptz + make_interval(secs => least(${maxDelaySeconds}, power(2, consecutive_failures - ${freeFailures} - 1)))
      else null end
    where key = ${key}
  `);
}

/** Clears the failures of `key` after a success. */
export async function clearFailures(db: Database, key: string): Promise<void> {
  await db.execute(
    sql`update rate_limits set consecutive_failures = 0, blocked_until = null where key = ${key}`,
  );
}
