import { randomBytes } from "node:crypto";

import { sql } from "drizzle-orm";

import { openDatabase, type DatabaseHandle } from "@resq/db/client";
import { migrateDatabase } from "@resq/db/migrate";

/** A new, migrated database on the server at `serverUrl` for one run; close() drops it. */
export async function createScratchDatabase(serverUrl: string): Promise<DatabaseHandle> {
  const name = `resq_bench_${process.pid}_${randomBytes(3).toString("hex")}`;
  const admin = await openDatabase({ kind: "postgres", url: serverUrl, maxConnections: 1 });
  await admin.db.execute(sql.raw(`create database "${name}"`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ kind: "postgres", url: url.toString(), maxConnections: 20 });
  await migrateDatabase(handle);
  return {
    ...handle,
    close: async () => {
      await handle.close();
      await admin.db.execute(sql.raw(`drop database if exists "${name}" with (force)`));
      await admin.close();
    },
  };
}
