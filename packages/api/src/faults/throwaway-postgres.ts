/**
 * A throwaway Postgres server for fault tests: its own data directory in a temporary folder, its
 * own free port, stopped and started at will. Never the shared server.
 */
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";

import { sql } from "drizzle-orm";

import { openDatabase } from "@resq/db/client";

function postgresBinDir(): string {
  const root = "/usr/lib/postgresql";
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((v) => existsSync(path.join(root, v, "bin", "initdb")))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  if (!versions[0])
    throw new Error(`No initdb under ${root}/*/bin: install the postgresql package.`);
  return path.join(root, versions[0], "bin");
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export interface ThrowawayPostgres {
  url: string;
  /** Starts (or restarts) the server and waits until it accepts queries. */
  start(): Promise<void>;
  /** Fast shutdown (SIGINT): open transactions are aborted and clients disconnected. */
  stop(): Promise<void>;
  destroy(): Promise<void>;
}

export async function createThrowawayPostgres(): Promise<ThrowawayPostgres> {
  const bin = postgresBinDir();
  const dir = mkdtempSync(path.join(tmpdir(), "resq-faults-pg-"));
  const dataDir = path.join(dir, "data");
  // Postgres refuses to run as root: as root, run it as the `postgres` system user.
  const asUser: { uid?: number; gid?: number } = {};
  if (process.getuid?.() === 0) {
    asUser.uid = Number(execFileSync("id", ["-u", "postgres"]).toString().trim());
    asUser.gid = Number(execFileSync("id", ["-g", "postgres"]).toString().trim());
    chownSync(dir, asUser.uid, asUser.gid);
  }
  execFileSync(
    path.join(bin, "initdb"),
    ["-D", dataDir, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-sync"],
    { ...asUser, stdio: "ignore" },
  );
  const port = await freePort();
  const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
  let server: ChildProcess | null = null;

  async function waitUntilReady() {
    const deadline = Date.now() + 30_000;
    for (;;) {
      const probe = await openDatabase({ kind: "postgres", url, maxConnections: 1 });
      try {
        await probe.db.execute(sql`select 1`);
        return;
      } catch (error) {
        if (Date.now() > deadline) throw error;
        await new Promise((r) => setTimeout(r, 100));
      } finally {
        await probe.close();
      }
    }
  }

  const api: ThrowawayPostgres = {
    url,
    async start() {
      server = spawn(
        path.join(bin, "postgres"),
        [
          "-D",
          dataDir,
          "-p",
          String(port),
          "-k",
          dir,
          "-c",
          "listen_addresses=127.0.0.1",
          "-c",
          "fsync=off",
        ],
        { ...asUser, stdio: "ignore" },
      );
      await waitUntilReady();
    },
    async stop() {
      const running = server;
      server = null;
      if (!running || running.exitCode !== null) return;
      await new Promise<void>((resolve) => {
        running.once("exit", () => resolve());
        running.kill("SIGINT");
      });
    },
    async destroy() {
      await api.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return api;
}
