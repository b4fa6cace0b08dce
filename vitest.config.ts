import { defineConfig } from "vitest/config";

// Unit tests are *.test.ts; integration tests (real database) are *.int.test.ts.
// The integration suite runs twice: on embedded PGlite and on the Postgres server.
const include = [
  "packages/*/src/**/*.test.ts",
  "apps/web/src/**/*.test.ts",
  "scripts/**/*.test.ts",
];
const integration = ["packages/*/src/**/*.int.test.ts", "apps/web/src/**/*.int.test.ts"];

/**
 * The second Node version's pass (`pnpm test` runs it under Node 24 LTS, what production runs): every
 * unit test, and the integration tests that exercise what differs between Node versions — argon2's
 * native binding (sign-in), PGlite's WebAssembly and file locking (database, audit chain, backup),
 * Node's HTTP and streams (the tRPC handler, server-sent events) — rather than all of them again.
 */
const nodeVersionIntegration = [
  "packages/api/src/router/auth/sign-in.int.test.ts",
  "packages/db/src/database.int.test.ts",
  "packages/db/src/audit.int.test.ts",
  "packages/db/src/backup.int.test.ts",
  "packages/api/src/http/trpc-handler.int.test.ts",
];

/**
 * The fault test stops its own Postgres server under live traffic. A connection that dies mid-query
 * can make postgres.js reject a promise nobody awaits (its internal reads on a new connection);
 * those, and only those from that file, are expected there. Anything else still fails the run.
 */
const lostConnection =
  /ECONNREFUSED|ECONNRESET|EPIPE|ended by the other party|CONNECTION_(CLOSED|ENDED|DESTROYED)/;
function expectedFaultNoise(error: {
  message?: string;
  code?: unknown;
  VITEST_TEST_PATH?: unknown;
}) {
  const file = String(error.VITEST_TEST_PATH ?? "");
  return (
    file.includes("/faults/") && lostConnection.test(`${String(error.code)} ${error.message ?? ""}`)
  );
}

/** Defined only for that pass (RESQ_NODE_VERSION_PASS=1), so a plain `vitest run` does not repeat tests. */
const nodeVersionProject = {
  test: {
    name: "node-version",
    // `!(*.int).test.ts` (an extglob): the unit tests only; then the chosen integration files.
    include: [
      ...include.map((glob) => glob.replace("*.test.ts", "!(*.int).test.ts")),
      ...nodeVersionIntegration,
    ],
    maxWorkers: 2,
    env: { TEST_DB: "pglite" },
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
};

export default defineConfig({
  test: {
    onUnhandledError: (error) => (expectedFaultNoise(error) ? false : undefined),
    projects: [
      {
        test: {
          name: "pglite",
          include,
          // PGlite runs inside the test worker, so one worker per core (vitest's default leaves one idle).
          maxWorkers: 2,
          // Fault tests run their own Postgres server: once, in the Postgres project.
          exclude: ["**/node_modules/**", "**/*.postgres.int.test.ts"],
          env: { TEST_DB: "pglite" },
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      ...(process.env.RESQ_NODE_VERSION_PASS === "1" ? [nodeVersionProject] : []),
      {
        test: {
          name: "postgres",
          include: integration,
          // These workers mostly wait on the Postgres server, which does the work in its own processes.
          maxWorkers: 3,
          env: { TEST_DB: "postgres" },
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
