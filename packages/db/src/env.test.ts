import { describe, expect, it } from "vitest";

import { readDbEnv } from "./env";

describe("database configuration", () => {
  it("defaults to the embedded database under .data/pglite with demo data", () => {
    expect(readDbEnv({})).toMatchObject({ PGLITE_DIR: ".data/pglite", DEMO_SEED: true });
  });

  it("does not seed a real Postgres server unless asked", () => {
    const url = "postgres://u@127.0.0.1:5432/resq";
    expect(readDbEnv({ DATABASE_URL: url }).DEMO_SEED).toBe(false);
    expect(readDbEnv({ DATABASE_URL: url, DEMO_SEED: "true" }).DEMO_SEED).toBe(true);
    expect(readDbEnv({ DEMO_SEED: "false" }).DEMO_SEED).toBe(false);
  });

  it("treats an empty DATABASE_URL as unset and rejects a malformed one by name", () => {
    expect(readDbEnv({ DATABASE_URL: "" }).DATABASE_URL).toBeUndefined();
    expect(() => readDbEnv({ DATABASE_URL: "not a url" })).toThrow(/DATABASE_URL/);
    expect(() => readDbEnv({ DEMO_SEED: "yes please" })).toThrow(/DEMO_SEED/);
  });
});
