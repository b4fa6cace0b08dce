import { defineConfig } from "vitest/config";

// Unit tests are *.test.ts; integration tests (real database) are *.int.test.ts.
// The integration suite runs twice: on embedded PGlite and on the Postgres server.
const include = [
  "packages/*/src/**/*.test.ts",
  "apps/web/src/**/*.test.ts",
  "scripts/**/*.test.ts",
];
const integration = ["packages/*/src/**/*.int.test.ts", "apps/web/src/**/*.int.test.ts"];

export default defineConfig({
  test: {
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
