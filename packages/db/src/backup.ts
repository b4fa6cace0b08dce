import { spawn } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";

import { PGlite } from "@electric-sql/pglite";

import { pgliteExtensions, type DatabaseHandle } from "./client";
import { acquireDirectoryLock } from "./pglite-lock";

/**
 * Backups of either database. The embedded PGlite is dumped as a whole data directory
 * (`dumpDataDir`, a gzipped tarball); Postgres with `pg_dump -Fc` (custom format), which must be on
 * the PATH at the server's major version or newer, as must `pg_restore`.
 */
export async function backupDatabase(handle: DatabaseHandle, file: string): Promise<void> {
  if (handle.kind === "pglite") {
    if (!handle.pglite) throw new Error("No embedded database to back up");
    // A consistent snapshot: PGlite runs one query at a time, and the dump waits its turn.
    const archive = await handle.pglite.dumpDataDir("gzip");
    await writeFile(file, new Uint8Array(await archive.arrayBuffer()));
    return;
  }
  if (!handle.url) throw new Error("No Postgres URL to back up");
  await run("pg_dump", [
    "--format=custom",
    "--no-owner",
    "--no-privileges",
    `--file=${file}`,
    handle.url,
  ]);
}

/**
 * Restores an embedded backup into `dataDir`, which must not hold a database yet (restore into a
 * fresh directory, then point PGLITE_DIR at it; nothing is overwritten by accident).
 */
export async function restorePglite(file: string, dataDir: string): Promise<void> {
  const target = path.resolve(dataDir);
  if (existsSync(target) && readdirSync(target).length > 0) {
    throw new Error(
      `${target} already holds a database. Restore into a new directory (or move this one aside first).`,
    );
  }
  const releaseLock = acquireDirectoryLock(target);
  try {
    const archive = new Blob([new Uint8Array(await readFile(file))], {
      type: "application/x-gzip",
    });
    const pg = await PGlite.create(target, { loadDataDir: archive, extensions: pgliteExtensions });
    await pg.query("select 1");
    await pg.close();
  } finally {
    releaseLock();
  }
}

/**
 * Restores a `pg_dump -Fc` backup into the database at `url`, replacing what the backup holds
 * (`--clean --if-exists`), in one transaction: a failed restore leaves the database as it was.
 */
export async function restorePostgres(file: string, url: string): Promise<void> {
  await run("pg_restore", [
    "--clean",
    "--if-exists",
    "--no-owner",
    "--no-privileges",
    "--single-transaction",
    "--exit-on-error",
    `--dbname=${url}`,
    file,
  ]);
}

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ["ignore", "inherit", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on("error", (error: NodeJS.ErrnoException) =>
      reject(
        error.code === "ENOENT"
          ? new Error(`${command} was not found on the PATH: install the PostgreSQL client tools.`)
          : error,
      ),
    );
    child.on("exit", (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`${command} failed (exit ${code}): ${stderr.trim().slice(0, 2000)}`)),
    );
  });
}
