import { mkdirSync } from "node:fs";
import path from "node:path";

import { PGlite } from "@electric-sql/pglite";
import { btree_gist } from "@electric-sql/pglite/contrib/btree_gist";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { sql } from "drizzle-orm";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import postgres from "postgres";

import { readDbEnv } from "./env";
import { resolveFromRepoRoot } from "./paths";
import { acquireDirectoryLock } from "./pglite-lock";
import * as schema from "./schema";

export type Schema = typeof schema;
/** The Drizzle database, whichever driver is behind it. Same schema, same SQL on both. */
export type Database = PgDatabase<PgQueryResultHKT, Schema>;
export type DatabaseKind = "pglite" | "postgres";

export interface DatabaseHandle {
  db: Database;
  kind: DatabaseKind;
  /** The embedded instance, when kind is "pglite" (tests clone it; backups dump it). */
  pglite?: PGlite;
  /** The postgres.js client, when kind is "postgres" (LISTEN/NOTIFY and advisory locks need it). */
  postgres?: postgres.Sql;
  /** The connection URL, when kind is "postgres" (for tools that need a connection of their own). */
  url?: string;
  close(): Promise<void>;
}

export const pgliteExtensions = { btree_gist, pg_trgm };

export type OpenOptions =
  | { kind: "postgres"; url: string; maxConnections?: number }
  | { kind: "pglite"; dataDir?: string /* undefined = in memory */ };

/** Opens a database. Prefer `getDatabase()` in the app; this is for tools and tests. */
export async function openDatabase(options: OpenOptions): Promise<DatabaseHandle> {
  if (options.kind === "postgres") {
    const client = postgres(options.url, {
      max: options.maxConnections ?? 10,
      connect_timeout: 5,
      idle_timeout: 30,
      onnotice: () => undefined,
    });
    const db = drizzlePostgres({ client, schema, casing: "snake_case" }) as unknown as Database;
    return {
      db,
      kind: "postgres",
      postgres: client,
      url: options.url,
      close: () => client.end({ timeout: 5 }),
    };
  }

  let releaseLock = () => undefined as void;
  if (options.dataDir) {
    const dataDir = path.resolve(/*turbopackIgnore: true*/ options.dataDir);
    mkdirSync(path.dirname(dataDir), { recursive: true });
    releaseLock = acquireDirectoryLock(dataDir);
  }
  try {
    const client = await PGlite.create(
      options.dataDir ? path.resolve(/*turbopackIgnore: true*/ options.dataDir) : undefined,
      {
        extensions: pgliteExtensions,
      },
    );
    const db = drizzlePglite({ client, schema, casing: "snake_case" }) as unknown as Database;
    return {
      db,
      kind: "pglite",
      pglite: client,
      close: async () => {
        await client.close();
        releaseLock();
      },
    };
  } catch (error) {
    releaseLock();
    throw error;
  }
}

/** Opens the database the environment describes: Postgres when DATABASE_URL is set, else PGlite. */
export function openConfiguredDatabase(env = readDbEnv()): Promise<DatabaseHandle> {
  return env.DATABASE_URL
    ? openDatabase({ kind: "postgres", url: env.DATABASE_URL })
    : openDatabase({ kind: "pglite", dataDir: resolveFromRepoRoot(env.PGLITE_DIR) });
}

// One handle per process. Kept on globalThis because Next.js may evaluate this module more than
// once (instrumentation, route handlers, dev reloads); a second PGlite on one directory would corrupt it.
const globalKey = Symbol.for("resq.database");
type GlobalWithDb = typeof globalThis & { [globalKey]?: Promise<DatabaseHandle> };

/** The process-wide database handle, opened on first use. */
export function getDatabase(): Promise<DatabaseHandle> {
  const store = globalThis as GlobalWithDb;
  store[globalKey] ??= openConfiguredDatabase().catch((error: unknown) => {
    delete store[globalKey];
    throw error;
  });
  return store[globalKey];
}

/** True when the database answers a trivial query within the time limit. */
export async function pingDatabase(handle: DatabaseHandle, timeoutMs = 2000): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  const query = handle.db
    .execute(sql`select 1`)
    .then(() => true)
    .catch(() => false);
  try {
    return await Promise.race([query, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** The rows of `db.execute()`: postgres.js returns an array, PGlite `{ rows }`. */
export function rowsOf<T>(result: unknown): T[] {
  if (Array.isArray(result)) return result as T[];
  return (result as { rows?: T[] }).rows ?? [];
}
