import { describe, expect, it } from "vitest";

import { analyticsRangeInput, lastDays, MAX_RANGE_DAYS, rangeBounds } from "./range";

const issues = (input: unknown) => {
  const result = analyticsRangeInput.safeParse(input);
  return result.success
    ? {}
    : Object.fromEntries(result.error.issues.map((i) => [i.path.join("."), i.message]));
};

describe("analytics date range", () => {
  it("accepts a range of whole days and bounds it in UTC, the last day included", () => {
    expect(issues({ from: "2025-03-03", to: "2025-03-09" })).toEqual({});
    expect(rangeBounds({ from: "2025-03-03", to: "2025-03-09" })).toEqual({
      start: new Date("2025-03-03T00:00:00.000Z"),
      end: new Date("2025-03-10T00:00:00.000Z"),
      days: 7,
    });
    expect(rangeBounds({ from: "2025-03-03", to: "2025-03-03" }).days).toBe(1);
  });

  it("refuses dates that do not exist or are not YYYY-MM-DD, naming the field", () => {
    expect(issues({ from: "2025-02-30", to: "2025-03-09" })).toHaveProperty("from");
    expect(issues({ from: "2025-03-01", to: "9/3/2025" })).toHaveProperty("to");
    expect(issues({ from: "", to: "2025-03-09" })).toHaveProperty("from");
  });

  it("refuses an end before the start", () => {
    expect(issues({ from: "2025-03-09", to: "2025-03-08" })).toEqual({
      to: "The end is before the start.",
    });
  });

  it(`allows at most ${MAX_RANGE_DAYS} days`, () => {
    expect(issues({ from: "2024-01-01", to: "2025-12-31" })).toEqual({}); // 731 days (leap year)
    expect(issues({ from: "2024-01-01", to: "2026-01-01" })).toHaveProperty("to");
  });

  it("gives the last N days ending today as the default", () => {
    expect(lastDays(30, new Date("2025-03-31T22:00:00Z"))).toEqual({
      from: "2025-03-02",
      to: "2025-03-31",
    });
  });
});
