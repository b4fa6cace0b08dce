/**
 * The load run's smoke version for CI (Postgres): 20 simulated users for 5 seconds through the real
 * request handler on a real socket. `pnpm bench:load` runs the full one (200 users, 60 s).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { seedDemoData } from "@resq/db/seed";
import { createTestDatabase, type TestDatabase } from "@resq/db/testing";

import { createApiHandler } from "../http/api-handler";
import { serveFetch, type FetchServer } from "../http/node-server";
import { testKeyring } from "../test-support";
import { createLoadPatients, formatLoadReport, runLoad } from "./load";

let database: TestDatabase;
let server: FetchServer;

beforeAll(async () => {
  database = await createTestDatabase();
  await seedDemoData(database.db);
  server = await serveFetch(
    createApiHandler({ handle: database, keyring: testKeyring(), trustForwardedFor: true }),
  );
}, 120_000);

afterAll(async () => {
  await server?.close();
  await database?.close();
});

describe("load smoke run on postgres", () => {
  it(
    "serves 20 users for 5 s with no 5xx and no booking or message lost or doubled",
    { timeout: 90_000 },
    async () => {
      const emails = await createLoadPatients(database.db, 20);
      const report = await runLoad({
        baseUrl: server.url,
        db: database.db,
        emails,
        durationMs: 5_000,
      });
      console.info(formatLoadReport(report));
      expect(report.problems).toEqual([]);
      expect(report.serverErrors).toBe(0);
      expect(report.operations.signIn.count).toBe(20);
      expect(report.operations.book.count).toBeGreaterThan(0);
      expect(report.bookings.succeeded).toBeGreaterThan(0);
      expect(report.messages.succeeded).toBeGreaterThan(0);
      expect(report.bookings.stored).toBe(report.bookings.succeeded);
      expect(report.messages.stored).toBe(report.messages.succeeded);
    },
  );
});
