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
