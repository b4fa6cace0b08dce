import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";

import { sql } from "drizzle-orm";
import postgres from "postgres";
import { afterAll, describe, expect, it } from "vitest";

import { recordAudit, verifyAuditChain } from "./audit";
import { openDatabase, rowsOf, type Database, type DatabaseHandle } from "./client";
import { migrateDatabase } from "./migrate";
import { seedDemoData } from "./seed";
import { createTestDatabase, testDatabaseKind } from "./testing";
import { readTestEnv } from "./testing/env";

const exec = promisify(execFile);
const packageDir = path.join(import.meta.dirname, "..");
const tsx = path.join(packageDir, "node_modules", ".bin", "tsx");
const work = mkdtempSync(path.join(tmpdir(), "resq-backup-"));
const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  rmSync(work, { recursive: true, force: true });
});

/** Runs `pnpm db:backup` / `pnpm db:restore` (the same scripts) against the given configuration. */
async function cli(script: "backup" | "restore", file: string, env: Record<string, string>) {
  const { stdout } = await exec(tsx, [`src/cli/${script}.ts`, file], {
    cwd: packageDir,
    env: { ...withoutDatabaseConfig(process.env), ...env, INIT_CWD: work },
  });
  return stdout;
}

function withoutDatabaseConfig(env: NodeJS.ProcessEnv) {
  const { DATABASE_URL: _url, PGLITE_DIR: _dir, ...rest } = env;
  return rest;
}

/** Every table's row count plus a digest of the rows that matter most. */
async function snapshot(db: Database) {
  const tables = rowsOf<{ name: string }>(
    await db.execute(
      sql`select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`,
    ),
  ).map((t) => t.name);
  const counts: Record<string, number> = {};
  for (const name of tables) {
    counts[name] = Number(
      rowsOf<{ n: number }>(
        await db.execute(sql.raw(`select count(*)::int as n from "${name}"`)),
      )[0]!.n,
    );
  }
  const digest = rowsOf<{ users: string; audit: string }>(
    await db.execute(sql`
      select (select md5(string_agg(id::text || email || role, ',' order by id)) from users) as users,
             (select md5(string_agg(hash, ',' order by seq)) from audit_events) as audit`),
  )[0];
  return { counts, digest };
}

async function seededSource(): Promise<{ handle: DatabaseHandle; config: Record<string, string> }> {
  if (testDatabaseKind() === "pglite") {
    const dataDir = path.join(work, "source");
    const handle = await openDatabase({ kind: "pglite", dataDir });
    await migrateDatabase(handle);
    return { handle, config: { PGLITE_DIR: dataDir } };
  }
  const handle = await createTestDatabase();
  cleanups.push(() => handle.close());
  return { handle, config: { DATABASE_URL: handle.url! } };
}

/** A fresh, empty target: a new directory, or a new database on the server. */
async function freshTarget(): Promise<{
  config: Record<string, string>;
  open(): Promise<DatabaseHandle>;
}> {
  if (testDatabaseKind() === "pglite") {
    const dataDir = path.join(work, "restored");
    return {
      config: { PGLITE_DIR: dataDir },
      open: () => openDatabase({ kind: "pglite", dataDir }),
    };
  }
  const serverUrl = readTestEnv().TEST_DATABASE_URL!;
  const name = `resq_restore_${process.pid}_${Date.now()}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => undefined });
  await admin.unsafe(`create database "${name}"`);
  await admin.end();
  cleanups.push(async () => {
    const dropper = postgres(serverUrl, { max: 1, onnotice: () => undefined });
    await dropper.unsafe(`drop database if exists "${name}" with (force)`);
    await dropper.end();
  });
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    config: { DATABASE_URL: url.toString() },
    open: () => openDatabase({ kind: "postgres", url: url.toString() }),
  };
}

describe(`pnpm db:backup and db:restore on ${testDatabaseKind()}`, () => {
  it(
    "restores a backup into a fresh database with the same data and an intact audit chain",
    { timeout: 120_000 },
    async () => {
      const source = await seededSource();
      await seedDemoData(source.handle.db);
      for (let i = 0; i < 5; i++) {
        await recordAudit(source.handle.db, {
          actorId: null,
          actorRole: "system",
          action: "backup.test",
          details: { i },
        });
      }
      const before = await snapshot(source.handle.db);
      expect(before.counts.audit_events).toBeGreaterThanOrEqual(5);
      expect(before.counts.users).toBeGreaterThan(20);
      // The embedded database is one process per directory: the command needs it closed.
      if (testDatabaseKind() === "pglite") await source.handle.close();

      const file = "resq.backup";
      expect(await cli("backup", file, source.config)).toMatch(/Backed up/);
      const target = await freshTarget();
      expect(await cli("restore", file, target.config)).toMatch(/Restored/);

      const restored = await target.open();
      try {
        expect(await snapshot(restored.db)).toEqual(before);
        const chain = await verifyAuditChain(restored.db);
        expect(chain).toMatchObject({ ok: true, checked: before.counts.audit_events });
        // The restored database is live: the append-only chain continues from the restored tip.
        await recordAudit(restored.db, {
          actorId: null,
          actorRole: "system",
          action: "after.restore",
        });
        expect(await verifyAuditChain(restored.db)).toMatchObject({ ok: true });
      } finally {
        await restored.close();
        if (testDatabaseKind() === "postgres") await source.handle.close();
      }
    },
  );

  it(
    "refuses to restore over an existing embedded database, or from a file that is not a backup",
    { timeout: 60_000 },
    async () => {
      if (testDatabaseKind() === "postgres") {
        // Postgres restores replace what the backup holds, in one transaction (--single-transaction):
        // a broken file changes nothing.
        const target = await freshTarget();
        await writeGarbage(path.join(work, "broken.backup"));
        await expect(cli("restore", "broken.backup", target.config)).rejects.toThrow(
          /pg_restore failed/,
        );
        return;
      }
      await expect(
        cli("restore", "resq.backup", { PGLITE_DIR: path.join(work, "restored") }),
      ).rejects.toThrow(/already holds a database/);
    },
  );
});

async function writeGarbage(file: string) {
  const { writeFile } = await import("node:fs/promises");
  await writeFile(file, "not a backup");
}
