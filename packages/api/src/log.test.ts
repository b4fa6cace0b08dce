import { describe, expect, it } from "vitest";

import { describeErrorForLog } from "./log";

describe("describeErrorForLog", () => {
  it("keeps the error's kind, SQLSTATE and stack but never its message", () => {
    const driverError = Object.assign(new Error('duplicate key: email "ann@example.org"'), {
      code: "23505",
    });
    const wrapped = new Error(`Failed query: insert ... params: secret-token-123`, {
      cause: driverError,
    });
    const line = describeErrorForLog(wrapped);
    expect(line).toContain("Error (SQLSTATE 23505)");
    expect(line).toMatch(/at /);
    expect(line).not.toContain("secret-token-123");
    expect(line).not.toContain("ann@example.org");
  });
});
