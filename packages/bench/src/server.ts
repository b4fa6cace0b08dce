import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdirSync, openSync } from "node:fs";
import path from "node:path";

import { childEnv } from "./env";

export const repoRoot = path.resolve(import.meta.dirname, "..", "..", "..");

/** `pnpm build`: the production build of the web app. */
export function buildApp() {
  const result = spawnSync("pnpm", ["build"], {
    cwd: repoRoot,
    stdio: ["ignore", "inherit", "inherit"],
    env: childEnv({}),
  });
  if (result.status !== 0) throw new Error("pnpm build failed");
}

export interface RunningServer {
  baseUrl: string;
  stop(): Promise<void>;
}

/** `next start` (the production server) against a database, once /api/health answers 200. */
export async function startServer(options: {
  port: number;
  databaseUrl: string;
  encryptionKey: string;
}): Promise<RunningServer> {
  const baseUrl = `http://127.0.0.1:${options.port}`;
  const web = path.join(repoRoot, "apps", "web");
  // The server's own output (e.g. requests cut off when a run ends) goes to a file, not the table.
  mkdirSync(path.join(repoRoot, ".cache", "bench"), { recursive: true });
  const serverLog = openSync(path.join(repoRoot, ".cache", "bench", "server.log"), "a");
  const child: ChildProcess = spawn(
    path.join(web, "node_modules", ".bin", "next"),
    ["start", "-p", String(options.port)],
    {
      cwd: web,
      detached: true,
      stdio: ["ignore", serverLog, serverLog],
      env: childEnv({
        NODE_ENV: "production",
        DATABASE_URL: options.databaseUrl,
        ENCRYPTION_KEY: options.encryptionKey,
        DEMO_SEED: "false",
        PORT: String(options.port),
        APP_URL: baseUrl,
      }),
    },
  );
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.pid) {
      process.kill(-child.pid, "SIGTERM");
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
      if (child.exitCode === null) process.kill(-child.pid, "SIGKILL");
    }
  };
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}`);
    try {
      const response = await fetch(`${baseUrl}/api/health`);
      if (response.ok) return { baseUrl, stop };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  await stop();
  throw new Error(`the server did not answer ${baseUrl}/api/health within 90 s`);
}
