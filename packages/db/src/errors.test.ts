import { describe, expect, it } from "vitest";

import { sqlStateOf } from "./errors";

describe("sqlStateOf", () => {
  it("finds the SQLSTATE on the error or on a wrapped cause", () => {
    expect(sqlStateOf({ code: "23P01" })).toBe("23P01");
    expect(sqlStateOf(Object.assign(new Error("wrapped"), { cause: { code: "23505" } }))).toBe(
      "23505",
    );
  });

  it("ignores codes that are not SQLSTATEs", () => {
    expect(sqlStateOf({ code: "ECONNREFUSED" })).toBeUndefined();
    expect(sqlStateOf(new Error("plain"))).toBeUndefined();
    expect(sqlStateOf(undefined)).toBeUndefined();
  });
});
