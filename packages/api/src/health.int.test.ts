import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createTestDatabase, testDatabaseKind, type TestDatabase } from "@resq/db/testing";
import { openDatabase } from "@resq/db/client";

import { checkHealth } from "./health";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.close();
});

describe(`health on ${testDatabaseKind()}`, () => {
  it("is ok when the database answers", async () => {
    expect(await checkHealth(() => Promise.resolve(database))).toEqual({
      httpStatus: 200,
      body: { status: "ok" },
    });
  });

  it("is 503 when the database cannot be reached", async () => {
    // A real Postgres client pointed at a port where nothing listens.
    const unreachable = await openDatabase({
      kind: "postgres",
      url: "postgres://nobody@127.0.0.1:1/none",
    });
    try {
      const result = await checkHealth(() => Promise.resolve(unreachable));
      expect(result.httpStatus).toBe(503);
    } finally {
      await unreachable.close();
    }
  });

  it("is 503 when the database cannot even be opened", async () => {
    const result = await checkHealth(() => Promise.reject(new Error("boom")));
    expect(result).toMatchObject({ httpStatus: 503, body: { status: "unavailable" } });
  });
});
