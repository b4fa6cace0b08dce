import { and, eq, gt, ne, sql } from "drizzle-orm";

import type { Database } from "@resq/db/client";
import { sessions, users, type UserRole, type UserStatus } from "@resq/db/schema";

import { hashToken, randomToken } from "./tokens";

export const SESSION_COOKIE = "resq_session";

export interface SessionPolicy {
  /** Signed out after this long without a request. */
  idleTimeoutMinutes: number;
  /** Signed out this long after sign-in, whatever the activity. */
  absoluteLifetimeHours: number;
}

export const DEFAULT_SESSION_POLICY: SessionPolicy = {
  idleTimeoutMinutes: 30,
  absoluteLifetimeHours: 12,
};

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: UserRole;
  status: UserStatus;
  emailVerified: boolean;
  mfaEnabled: boolean;
  /** The language they read RESQ in (users.locale, as stored). */
  locale: string;
}

export interface ValidSession {
  id: string;
  userId: string;
  mfaVerified: boolean;
  createdAt: Date;
  lastActiveAt: Date;
  expiresAt: Date;
  /** When the session ends for inactivity if nothing else happens. */
  idleExpiresAt: Date;
}

/** A new session for a user: returns the token for the cookie (never stored) and the row's data. */
export async function createSession(
  db: Database,
  userId: string,
  options: {
    mfaVerified: boolean;
    ip: string | null;
    userAgent: string | null;
    policy: SessionPolicy;
    now?: Date;
  },
): Promise<{ token: string; session: ValidSession }> {
  const now = options.now ?? new Date();
  const token = randomToken(20);
  const expiresAt = new Date(now.getTime() + options.policy.absoluteLifetimeHours * 3_600_000);
  const row = {
    id: hashToken(token),
    userId,
    createdAt: now,
    lastActiveAt: now,
    expiresAt,
    mfaVerified: options.mfaVerified,
    ip: options.ip,
    userAgent: options.userAgent?.slice(0, 300) ?? null,
  };
  await db.insert(sessions).values(row);
  return { token, session: withIdle(row, options.policy) };
}

function withIdle(
  row: Pick<
    ValidSession,
    "id" | "userId" | "mfaVerified" | "createdAt" | "lastActiveAt" | "expiresAt"
  >,
  policy: SessionPolicy,
): ValidSession {
  const idleExpiresAt = new Date(
    Math.min(
      row.lastActiveAt.getTime() + policy.idleTimeoutMinutes * 60_000,
      row.expiresAt.getTime(),
    ),
  );
  return { ...row, idleExpiresAt };
}

/** What every request needs to know about its user, in one select (no second query). */
export const sessionUserColumns = {
  id: users.id,
  email: users.email,
  name: users.name,
  role: users.role,
  status: users.status,
  emailVerifiedAt: users.emailVerifiedAt,
  locale: users.locale,
  mfaEnabled: sql<boolean>`exists (select 1 from totp_credentials t where t.user_id = ${users.id} and t.confirmed_at is not null)`,
};

// Refresh last-active at most this often: a busy page should not write on every request.
const TOUCH_INTERVAL_MS = 60_000;

/**
 * Resolves a session token. Expired (idle or absolute) sessions are deleted and answer null, as do
 * sessions of users who are no longer active. Activity slides the idle expiry.
 */
export async function validateSessionToken(
  db: Database,
  token: string,
  policy: SessionPolicy,
  now = new Date(),
): Promise<{ session: ValidSession; user: SessionUser } | null> {
  if (!/^[a-z2-7]{32}$/.test(token)) return null;
  const id = hashToken(token);
  const [row] = await db
    .select({
      session: sessions,
      user: sessionUserColumns,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.id, id));
  if (!row) return null;

  const session = withIdle(row.session, policy);
  if (now >= session.idleExpiresAt || now >= session.expiresAt || row.user.status !== "active") {
    await db.delete(sessions).where(eq(sessions.id, id));
    return null;
  }
  if (now.getTime() - session.lastActiveAt.getTime() >= TOUCH_INTERVAL_MS) {
    await db.update(sessions).set({ lastActiveAt: now }).where(eq(sessions.id, id));
    session.lastActiveAt = now;
    session.idleExpiresAt = withIdle(session, policy).idleExpiresAt;
  }
  const { emailVerifiedAt, ...user } = row.user;
  return {
    session,
    user: {
      ...user,
      emailVerified: emailVerifiedAt !== null,
      mfaEnabled: Boolean(user.mfaEnabled),
    },
  };
}

/** The session id (hash) behind a token, for revoking "this" session. */
export function sessionIdOf(token: string): string {
  return hashToken(token);
}

export async function markSessionMfaVerified(db: Database, sessionId: string): Promise<void> {
  await db.update(sessions).set({ mfaVerified: true }).where(eq(sessions.id, sessionId));
}

export async function invalidateSession(db: Database, sessionId: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.id, sessionId));
}

/** Ends every session of a user, optionally keeping the one making the change. Returns how many. */
export async function invalidateUserSessions(
  db: Database,
  userId: string,
  exceptSessionId?: string,
): Promise<number> {
  const ended = await db
    .delete(sessions)
    .where(
      exceptSessionId
        ? and(eq(sessions.userId, userId), ne(sessions.id, exceptSessionId))
        : eq(sessions.userId, userId),
    )
    .returning({ id: sessions.id });
  return ended.length;
}

/** A user's sessions that have not reached their absolute end, newest activity first. */
export async function listUserSessions(db: Database, userId: string, now = new Date()) {
  return db
    .select({
      id: sessions.id,
      createdAt: sessions.createdAt,
      lastActiveAt: sessions.lastActiveAt,
      ip: sessions.ip,
      userAgent: sessions.userAgent,
    })
    .from(sessions)
    .where(and(eq(sessions.userId, userId), gt(sessions.expiresAt, now)))
    .orderBy(sql`${sessions.lastActiveAt} desc`);
}
