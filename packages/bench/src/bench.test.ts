import { describe, expect, it } from "vitest";

import { describePlan, sequentialScans, type PlanNode } from "./explain";
import { targetLines } from "./report";
import type { DatasetResult, ScenarioResult } from "./run";
import { percentile, summarize } from "./stats";

const plan: PlanNode = {
  "Node Type": "Limit",
  Plans: [
    {
      "Node Type": "Nested Loop",
      Plans: [
        {
          "Node Type": "Index Scan",
          "Relation Name": "appointments",
          "Index Name": "appointments_patient_starts_idx",
        },
        { "Node Type": "Seq Scan", "Relation Name": "services" },
        { "Node Type": "Seq Scan", "Relation Name": "users" },
      ],
    },
  ],
};

function scenario(
  name: string,
  kind: "read" | "write",
  p95: number,
  rps: number,
  overhead: number,
): ScenarioResult {
  const figures = { requests: 100, requestsPerSecond: rps, p50: p95 / 2, p95, p99: p95, errors: 0 };
  return {
    name,
    kind,
    http: { ...figures, statuses: { 200: 100 } },
    singleP50: 1,
    raw: figures,
    overhead,
    plans: [],
  };
}

describe("bench building blocks", () => {
  it("takes nearest-rank percentiles and rates", () => {
    const values = Float64Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(values, 50)).toBe(50);
    expect(percentile(values, 95)).toBe(95);
    expect(percentile(values, 99)).toBe(99);
    expect(percentile(new Float64Array(0), 95)).toBe(0);
    expect(summarize([3, 1, 2, 4], 2, 1)).toMatchObject({
      requests: 4,
      requestsPerSecond: 2,
      p50: 2,
      errors: 1,
    });
  });

  it("names a plan's first scan and flags sequential scans over large tables only", () => {
    expect(describePlan(plan)).toBe(
      "Limit → Index Scan on appointments using appointments_patient_starts_idx",
    );
    expect(sequentialScans(plan, new Set(["users", "appointments"]))).toEqual(["users"]);
    expect(sequentialScans(plan, new Set(["appointments"]))).toEqual([]);
  });

  it("says which targets are met and which are missed", () => {
    const large: DatasetResult = {
      label: "large",
      loadAverage: [1, 1],
      counts: {},
      scenarios: [
        scenario("search", "read", 30, 900, 1.5),
        scenario("book a slot", "write", 40, 320, 2.5),
      ],
    };
    const demo: DatasetResult = {
      ...large,
      label: "demo",
      scenarios: [
        scenario("search", "read", 10, 900, 1.5),
        scenario("book a slot", "write", 40, 320, 2),
      ],
    };
    const lines = targetLines(large, demo);
    expect(lines).toContain("MISSED p95 < 25 ms — search: 30.0 ms");
    expect(lines).toContain("met    overhead ≤ 2× raw SQL — search: 1.50×");
    expect(lines).toContain("MISSED large ≤ 1.5× demo p95 — search: 3.00×");
    expect(lines).toContain("met    booking ≥ 300/s: 320/s");
    expect(lines).toContain("MISSED overhead ≤ 2× raw SQL — book a slot: 2.50×");
  });
});
