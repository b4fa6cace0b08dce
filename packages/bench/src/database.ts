import postgres from "postgres";

import { openDatabase } from "@resq/db/client";
import { migrateDatabase } from "@resq/db/migrate";
import { seedDemoData } from "@resq/db/seed";
import { seedScaleData, type ScaleName } from "@resq/db/seed/scale";

/** Creates the database if it does not exist (through the server's `postgres` database). */
export async function ensureDatabase(url: string) {
  const name = new URL(url).pathname.slice(1);
  if (!/^[A-Za-z0-9_]+$/.test(name)) throw new Error(`unexpected database name: ${name}`);
  const maintenance = new URL(url);
  maintenance.pathname = "/postgres";
  const sql = postgres(maintenance.toString(), { max: 1, onnotice: () => undefined });
  try {
    const [found] = await sql`select 1 from pg_database where datname = ${name}`;
    if (!found) await sql.unsafe(`create database "${name}"`);
  } finally {
    await sql.end();
  }
}

export async function dropDatabase(url: string) {
  const name = new URL(url).pathname.slice(1);
  const maintenance = new URL(url);
  maintenance.pathname = "/postgres";
  const sql = postgres(maintenance.toString(), { max: 1, onnotice: () => undefined });
  try {
    await sql.unsafe(`drop database if exists "${name}" with (force)`);
  } finally {
    await sql.end();
  }
}

/**
 * Migrates the database and seeds it when it holds no scale data yet: the scale set, plus the demo
 * data set when `withDemo` (the demo-size comparison is the demo data plus `--scale tiny`).
 */
export async function prepareDatabase(
  url: string,
  options: { scale: ScaleName; withDemo: boolean; log: (line: string) => void },
) {
  await ensureDatabase(url);
  const handle = await openDatabase({ kind: "postgres", url, maxConnections: 4 });
  try {
    await migrateDatabase(handle);
    if (options.withDemo) await seedDemoData(handle.db);
    const sql = handle.postgres!;
    const [present] =
      await sql`select 1 from users where email like ${"%@scale.resq.test"} limit 1`;
    if (!present) {
      options.log(
        `seeding --scale ${options.scale} into ${new URL(url).pathname.slice(1)} (once)…`,
      );
      const result = await seedScaleData(handle, {
        scale: options.scale,
        log: (l) => options.log(`  ${l}`),
      });
      options.log(`seeded in ${result.seconds} s`);
    }
  } finally {
    await handle.close();
  }
}
