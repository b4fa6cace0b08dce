import { randomBytes } from "node:crypto";

import postgres from "postgres";

import { openDatabase, type DatabaseHandle, type DatabaseKind } from "../client";
import { migrateDatabase } from "../migrate";
import { readTestEnv } from "./env";
import { openMigratedPglite } from "./pglite-template";

export interface TestDatabase extends DatabaseHandle {
  /** Ends the connection and removes the throwaway database. */
  close(): Promise<void>;
}

/** Which database this test run uses: "postgres" in the Postgres project, "pglite" otherwise. */
export function testDatabaseKind(): DatabaseKind {
  return readTestEnv().TEST_DB;
}

/**
 * A clean, migrated database for one test file: an in-memory PGlite, or on the Postgres project a
 * fresh database on the server at TEST_DATABASE_URL, dropped again by close().
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const env = readTestEnv();
  if (env.TEST_DB === "pglite") return openMigratedPglite();

  if (!env.TEST_DATABASE_URL) {
    throw new Error(
      "The Postgres test project needs TEST_DATABASE_URL (e.g. postgres://postgres@127.0.0.1:5432/test).",
    );
  }
  const name = `resq_test_${process.pid}_${randomBytes(4).toString("hex")}`;
  const admin = postgres(env.TEST_DATABASE_URL, { max: 1, onnotice: () => undefined });
  try {
    await admin.unsafe(`create database "${name}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(env.TEST_DATABASE_URL);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ kind: "postgres", url: url.toString(), maxConnections: 20 });
  await migrateDatabase(handle);
  return {
    ...handle,
    close: async () => {
      await handle.close();
      const dropper = postgres(env.TEST_DATABASE_URL ?? "", { max: 1, onnotice: () => undefined });
      try {
        await dropper.unsafe(`drop database if exists "${name}" with (force)`);
      } finally {
        await dropper.end();
      }
    },
  };
}
