import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import type { PgliteDatabase } from "drizzle-orm/pglite";
import postgres from "postgres";

import type { DatabaseHandle } from "./client";
import { readDbEnv } from "./env";
import { findMigrationsDir } from "./migrations-dir";

// Any constant works; it only has to be the same for every RESQ instance sharing a database.
const MIGRATION_LOCK_ID = 7_220_114;

/**
 * Applies pending migrations. On Postgres, instances starting together take turns through an
 * advisory lock held on one dedicated connection, so each migration runs exactly once.
 */
export async function migrateDatabase(
  handle: DatabaseHandle,
  migrationsFolder = findMigrationsDir(readDbEnv().RESQ_MIGRATIONS_DIR),
): Promise<void> {
  if (handle.kind === "pglite") {
    await migratePglite(handle.db as unknown as PgliteDatabase, { migrationsFolder });
    return;
  }
  await withAdvisoryLock(handle, MIGRATION_LOCK_ID, async (connection) => {
    await migratePostgres(drizzlePostgres({ client: connection }), { migrationsFolder });
  });
}

/**
 * Runs `work` on a dedicated single-connection Postgres client while holding a session-level
 * advisory lock on it (the lock belongs to the connection, so nothing else may share it).
 */
export async function withAdvisoryLock<T>(
  handle: DatabaseHandle,
  lockId: number,
  work: (connection: postgres.Sql) => Promise<T>,
): Promise<T> {
  if (!handle.url) throw new Error("Advisory locks need the Postgres driver");
  const connection = postgres(handle.url, {
    max: 1,
    connect_timeout: 5,
    onnotice: () => undefined,
  });
  try {
    await connection`select pg_advisory_lock(${lockId})`;
    return await work(connection);
  } finally {
    // Ending the connection releases the lock too, even if the unlock were never reached.
    await connection.end({ timeout: 5 });
  }
}
