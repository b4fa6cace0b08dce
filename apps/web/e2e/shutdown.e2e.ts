import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { expect, test } from "@playwright/test";

/**
 * A graceful stop (server.mjs, the production server): SIGTERM while requests are in flight lets
 * them all finish, ends live-event streams, refuses new connections and exits 0. Runs its own server
 * (the shared one must live on), on a fresh embedded database.
 */
const port = Number(process.env.E2E_SHUTDOWN_PORT ?? 3190);
const origin = `http://127.0.0.1:${port}`;

async function startServer(): Promise<{ server: ChildProcess; output: () => string }> {
  const dataDir = path.join(mkdtempSync(path.join(tmpdir(), "resq-shutdown-")), "pglite");
  let output = "";
  const server = spawn(process.execPath, ["server.mjs"], {
    cwd: path.resolve(import.meta.dirname, ".."),
    env: {
      ...process.env,
      PORT: String(port),
      PGLITE_DIR: dataDir,
      DEMO_SEED: "true",
      DATABASE_URL: "",
      NEXT_TELEMETRY_DISABLED: "1",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  server.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  server.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  for (let i = 0; i < 240; i++) {
    if (server.exitCode !== null) throw new Error(`server.mjs exited early:\n${output}`);
    const health = await fetch(`${origin}/api/health`).catch(() => null);
    if (health?.status === 200) return { server, output: () => output };
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  server.kill("SIGKILL");
  throw new Error(`server.mjs did not become healthy:\n${output}`);
}

/** The promise's value, or a clear failure if it takes longer than `ms`. */
function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  return Promise.race([
    promise,
    new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error(`${what}: not within ${ms} ms`)), ms),
    ),
  ]);
}

test.describe("graceful stop", () => {
  test.setTimeout(240_000);

  test("SIGTERM lets requests in flight finish, ends live streams and exits 0", async () => {
    const { server, output } = await startServer();
    const exited = new Promise<number | null>((resolve) =>
      server.on("exit", (code) => resolve(code)),
    );
    try {
      // Warm the routes once so the burst below measures requests, not first compilation.
      expect((await fetch(`${origin}/doctors`)).status).toBe(200);

      // A signed-in client's live-event stream (tRPC over SSE): open until the server ends it.
      const login = await fetch(`${origin}/api/auth/login/`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ email: "patient@resq.test", password: "Demo-Passw0rd!" }),
      });
      const { accessToken } = (await login.json()) as { accessToken: string };
      const live = await fetch(`${origin}/api/trpc/events.stream`, {
        headers: { accept: "text/event-stream", authorization: `Bearer ${accessToken}` },
      });
      expect(live.status).toBe(200);
      expect(live.headers.get("content-type")).toContain("text/event-stream");
      const streamEnded = live.text();

      // Twenty page renders at once on two cores. Once each has its response headers the server
      // holds the request (a connection it has not read yet would be refused, as on any server);
      // the bodies stream after that, so most are still in flight when SIGTERM arrives.
      const responses = await Promise.all(
        Array.from({ length: 20 }, (_, i) => fetch(`${origin}/doctors?page=${(i % 3) + 1}`)),
      );
      server.kill("SIGTERM");

      const results = await within(
        Promise.all(
          responses.map(async (response) => ({
            status: response.status,
            complete: (await response.text()).includes("</html>"),
          })),
        ),
        30_000,
        "the pages in flight",
      );
      expect(results.filter((r) => r.status !== 200 || !r.complete)).toEqual([]);
      await within(streamEnded, 30_000, "the live stream ending");
      expect(await within(exited, 30_000, "the exit"), output()).toBe(0);
      expect(output()).toContain("SIGTERM: finishing the requests in flight");

      // Gone: a new connection is refused.
      await expect(fetch(`${origin}/api/health`)).rejects.toThrow();
    } finally {
      if (server.exitCode === null) server.kill("SIGKILL");
    }
  });
});
