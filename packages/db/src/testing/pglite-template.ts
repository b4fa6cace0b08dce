import { createHash } from "node:crypto";
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

import { PGlite } from "@electric-sql/pglite";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";

import { openDatabase, pgliteExtensions, type Database, type DatabaseHandle } from "../client";
import { migrateDatabase } from "../migrate";
import { findMigrationsDir } from "../migrations-dir";
import { readDbEnv } from "../env";
import { findRepoRoot } from "../paths";
import * as schema from "../schema";

/**
 * An in-memory PGlite with every migration applied, for one test file.
 *
 * Starting a PGlite runs initdb (seconds of CPU); loading a data directory that was dumped after
 * migrating skips that and the migrations. The dump is made once per set of migrations and kept in
 * `.cache/pglite-template/`, named by a hash of the migration files and the PGlite version, so a changed migration makes a
 * new one. Several test workers may make it at once: each writes a private file and renames it.
 */
export async function openMigratedPglite(): Promise<DatabaseHandle> {
  const template = await ensureTemplate();
  const client = await PGlite.create({
    loadDataDir: new Blob([readFileSync(template)]),
    extensions: pgliteExtensions,
  });
  const db = drizzlePglite({ client, schema, casing: "snake_case" }) as unknown as Database;
  return { db, kind: "pglite", pglite: client, close: () => client.close() };
}

async function ensureTemplate(): Promise<string> {
  const migrations = findMigrationsDir(readDbEnv().RESQ_MIGRATIONS_DIR);
  const dir = path.join(findRepoRoot(), ".cache", "pglite-template");
  const file = path.join(dir, `${migrationsHash(migrations)}.tar`);
  if (existsSync(file)) return file;

  const handle = await openDatabase({ kind: "pglite" });
  try {
    await migrateDatabase(handle, migrations);
    const dump = await handle.pglite!.dumpDataDir("none");
    mkdirSync(dir, { recursive: true });
    const partial = `${file}.${process.pid}.${Date.now()}`;
    writeFileSync(partial, Buffer.from(await dump.arrayBuffer()));
    renameSync(partial, file);
  } finally {
    await handle.close();
  }
  return file;
}

function migrationsHash(migrations: string): string {
  const hash = createHash("sha256");
  // The installed PGlite's path names its version; another version may not read this dump.
  hash.update(createRequire(import.meta.url).resolve("@electric-sql/pglite"));
  const files = [
    ...readdirSync(migrations).filter((name) => name.endsWith(".sql")),
    path.join("meta", "_journal.json"),
  ].sort();
  for (const name of files) hash.update(name).update(readFileSync(path.join(migrations, name)));
  return hash.digest("hex").slice(0, 16);
}
