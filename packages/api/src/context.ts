import type { Keyring } from "@resq/auth/encryption";
import type { Database } from "@resq/db/client";
import type { UserRole } from "@resq/db/schema";

import { noJobs, type JobQueue } from "./jobs";
import { DEFAULT_LOCALE, type Locale } from "./locales";
import type { EventHub } from "./realtime/hub";

/** How far a signed-in caller has got through the sign-in gates. */
export type CallerGate =
  /** Password given, the authenticator code not yet. */
  | "pendingSecondFactor"
  /** Email address not yet proved. */
  | "unverifiedEmail"
  /** The role must use MFA (a system setting) and the user has not set it up. */
  | "mfaEnrolmentRequired"
  | "full";

/** The authenticated principal behind a request (from the session cookie or a bearer token). */
export interface Caller {
  userId: string;
  role: UserRole;
  email: string;
  name: string;
  emailVerified: boolean;
  mfaEnabled: boolean;
  /** The second factor was given in this session (or the account has none). */
  mfaVerified: boolean;
  mfaRequiredForRole: boolean;
  /** The language they read RESQ in (their saved users.locale). */
  locale: Locale;
  via:
    | { kind: "session"; sessionId: string; idleExpiresAt: Date }
    | { kind: "token"; familyId: string };
}

export function gateOf(caller: Caller): CallerGate {
  if (caller.mfaEnabled && !caller.mfaVerified) return "pendingSecondFactor";
  if (!caller.emailVerified) return "unverifiedEmail";
  if (caller.mfaRequiredForRole && !caller.mfaEnabled) return "mfaEnrolmentRequired";
  return "full";
}

/** Where a request came from, for audit and throttling. Never trusted for authorization. */
export interface RequestMeta {
  ip: string | null;
  userAgent: string | null;
  /**
   * The language the request came in (the visitor's language cookie, else Accept-Language; see
   * requestLocale). For emails to someone without an account yet; a user's own are in their
   * saved users.locale.
   */
  locale: Locale;
}

/**
 * The language to answer a call in (its error messages): a signed-in caller's saved choice, as
 * their pages and emails use, else the language the request came in.
 */
export function callerLocale(ctx: Pick<Context, "caller" | "request">): Locale {
  return ctx.caller?.locale ?? ctx.request.locale;
}

/** Lets a procedure start or end the browser session (the web layer writes the cookie). */
export interface SessionCookieJar {
  set(token: string, expiresAt: Date): void;
  clear(): void;
}

export interface Context {
  db: Database;
  caller: Caller | null;
  request: RequestMeta;
  sessionCookie: SessionCookieJar;
  jobs: JobQueue;
  keyring: Keyring;
  appUrl: string;
  /** This instance's real-time hub; null where none runs (tools, most tests). */
  events: EventHub | null;
}

export interface CreateContextOptions {
  db: Database;
  keyring: Keyring;
  caller?: Caller | null;
  request?: Partial<RequestMeta>;
  sessionCookie?: SessionCookieJar;
  jobs?: JobQueue;
  appUrl?: string;
  events?: EventHub | null;
}

const noCookies: SessionCookieJar = { set: () => undefined, clear: () => undefined };

export function createContext(options: CreateContextOptions): Context {
  return {
    db: options.db,
    keyring: options.keyring,
    caller: options.caller ?? null,
    request: {
      ip: options.request?.ip ?? null,
      userAgent: options.request?.userAgent ?? null,
      locale: options.request?.locale ?? DEFAULT_LOCALE,
    },
    sessionCookie: options.sessionCookie ?? noCookies,
    jobs: options.jobs ?? noJobs,
    appUrl: options.appUrl ?? "http://localhost:3000",
    events: options.events ?? null,
  };
}
