/**
 * Test helpers: a real database, a real keyring, and a client that signs in through the real
 * procedures and carries its session cookie from call to call, as a browser would.
 */
import { randomBytes } from "node:crypto";

import { eq } from "drizzle-orm";
import { afterAll, beforeAll } from "vitest";
import { ZodError } from "zod";

import { createKeyring, type Keyring } from "@resq/auth/encryption";
import type { Database } from "@resq/db/client";
import { seedDemoData } from "@resq/db/seed";
import { createTestDatabase, type TestDatabase } from "@resq/db/testing";
import { emailOutbox, systemSettings } from "@resq/db/schema";
import { desc } from "drizzle-orm";

import { resolveCaller } from "./auth/caller";
import { createContext, type Caller, type Context } from "./context";
import type { Locale } from "./locales";
import { restLogin } from "./rest/auth";
import { createCaller } from "./root";
import { fieldErrors } from "./trpc";

export function testKeyring(): Keyring {
  return createKeyring(randomBytes(32).toString("base64"));
}

/** A caller object for access-rule tests that do not need a real account. */
export function testCaller(role: Caller["role"], overrides: Partial<Caller> = {}): Caller {
  return {
    userId: crypto.randomUUID(),
    role,
    email: `${role}@example.org`,
    name: role,
    emailVerified: true,
    mfaEnabled: false,
    mfaVerified: true,
    mfaRequiredForRole: false,
    locale: "en",
    via: {
      kind: "session",
      sessionId: "0".repeat(64),
      idleExpiresAt: new Date(Date.now() + 60_000),
    },
    ...overrides,
  };
}

export class TestBrowser {
  sessionToken: string | null = null;
  /** The language the browser asks for (its language cookie or Accept-Language). */
  locale: Locale = "en";
  constructor(
    private readonly db: Database,
    private readonly keyring: Keyring,
    /** null = unknown, as behind no trusted proxy. */
    readonly ip: string | null = `203.0.113.${Math.floor(Math.random() * 250) + 1}`,
  ) {}

  /** The API as this browser sees it: the caller is resolved from its cookie on every call. */
  async api() {
    const caller = await resolveCaller(this.db, this.keyring, { sessionToken: this.sessionToken });
    return createCaller(
      createContext({
        db: this.db,
        keyring: this.keyring,
        caller,
        request: { ip: this.ip, userAgent: "vitest", locale: this.locale },
        sessionCookie: {
          set: (token) => {
            this.sessionToken = token;
          },
          clear: () => {
            this.sessionToken = null;
          },
        },
      }),
    );
  }
}

/** The newest email queued to an address (the outbox is the mailbox in tests). */
export async function latestEmailTo(db: Database, to: string) {
  const [email] = await db
    .select()
    .from(emailOutbox)
    .where(eq(emailOutbox.toAddress, to))
    .orderBy(desc(emailOutbox.createdAt))
    .limit(1);
  return email;
}

/** The 8-character code in a verification email (English or Spanish). */
export async function verificationCodeFor(db: Database, to: string): Promise<string> {
  const email = await latestEmailTo(db, to);
  const code = /(?:code is|verificación es):\s+([A-Z0-9]{8})/.exec(email?.textBody ?? "")?.[1];
  if (!code) throw new Error(`no verification code emailed to ${to}`);
  return code;
}

export async function setMfaRequiredRoles(db: Database, roles: Caller["role"][]) {
  await db
    .insert(systemSettings)
    .values({ key: "security.mfaRequiredRoles", value: roles })
    .onConflictDoUpdate({ target: systemSettings.key, set: { value: roles } });
}

/**
 * A fresh database with the demo data for one test file (created before its tests, dropped after),
 * a keyring, and browsers that talk to it.
 */
export function seededTestApi() {
  const keyring = testKeyring();
  let database: TestDatabase | undefined;
  beforeAll(async () => {
    database = await createTestDatabase();
    await seedDemoData(database.db);
  });
  afterAll(async () => {
    await database?.close();
  });
  return {
    keyring,
    get database(): TestDatabase {
      if (!database) throw new Error("the test database is not ready yet");
      return database;
    },
    get db(): Database {
      return this.database.db;
    },
    browser(ip?: string | null) {
      return new TestBrowser(this.db, keyring, ip);
    },
  };
}

export interface CallFailure {
  code: string;
  appCode?: string;
  message: string;
  fields?: Record<string, string> | null;
  retryAfterSeconds?: number | null;
}

/** The error a call fails with (its tRPC code and RESQ's appCode); fails the test if it succeeds. */
export async function failureOf(call: Promise<unknown>): Promise<CallFailure> {
  try {
    await call;
  } catch (error) {
    const e = error as CallFailure & { cause?: unknown };
    // Validation errors carry their fields on the ZodError (HTTP clients get them formatted).
    const fields = e.fields ?? (e.cause instanceof ZodError ? fieldErrors(e.cause) : null);
    return {
      code: e.code,
      appCode: e.appCode,
      message: e.message,
      fields,
      retryAfterSeconds: e.retryAfterSeconds,
    };
  }
  throw new Error("expected the call to fail");
}

/** Signs up through the real procedures and proves the email with the emailed code. */
export async function signUpAndVerify(
  app: { db: Database; browser(ip?: string): TestBrowser },
  account: { role: "patient" | "doctor"; email: string; name?: string; password?: string },
): Promise<TestBrowser> {
  const password = account.password ?? "Harbour lantern violet 77";
  await (
    await app.browser().api()
  ).auth.signUp({
    role: account.role,
    name: account.name ?? "Test Person",
    email: account.email,
    password,
  });
  const code = await verificationCodeFor(app.db, account.email);
  const browser = app.browser();
  await (await browser.api()).auth.verifyEmail({ email: account.email, code });
  return browser;
}

/** A browser signed in as one of the demo accounts. */
export async function signedInAs(
  app: { browser(ip?: string): TestBrowser },
  email: string,
): Promise<TestBrowser> {
  const browser = app.browser();
  await (await browser.api()).auth.signIn({ email, password: "Demo-Passw0rd!" });
  return browser;
}

/** A REST request context authenticated by a bearer token from the real login endpoint. */
export async function bearerContext(
  app: { db: Database; keyring: Keyring },
  email: string,
): Promise<Context> {
  const response = await restLogin(
    new Request("http://x/api/auth/login/", {
      method: "POST",
      body: JSON.stringify({ email, password: "Demo-Passw0rd!" }),
    }),
    createContext({
      db: app.db,
      keyring: app.keyring,
      request: { ip: `10.1.1.${Math.floor(Math.random() * 250)}` },
    }),
  );
  const { accessToken } = (await response.json()) as { accessToken: string };
  return createContext({
    db: app.db,
    keyring: app.keyring,
    caller: await resolveCaller(app.db, app.keyring, { bearerToken: accessToken }),
  });
}
