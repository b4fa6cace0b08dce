import { describe, expect, it } from "vitest";

import { figuresFromLhr, formatTable, median, medianFigures, targetsMet } from "./report.mjs";

const figures = (over: Partial<ReturnType<typeof figuresFromLhr>> = {}) => ({
  performance: 96,
  accessibility: 100,
  lcpMs: 1200,
  tbtMs: 40,
  cls: 0,
  scriptBytes: 150 * 1024,
  ...over,
});

describe("median", () => {
  it("takes the middle value of an odd count, whatever the order", () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([900, 1800, 1200])).toBe(1200);
  });
  it("takes the mean of the middle two of an even count", () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
  it("refuses an empty list", () => {
    expect(() => median([])).toThrow(/empty/);
  });
});

describe("medianFigures", () => {
  it("takes each figure's median on its own", () => {
    const runs = [
      figures({ performance: 90, lcpMs: 2000 }),
      figures({ performance: 97, lcpMs: 1000 }),
      figures({ performance: 95, lcpMs: 3000 }),
    ];
    expect(medianFigures(runs)).toMatchObject({ performance: 95, lcpMs: 2000 });
  });
});

describe("targetsMet", () => {
  it("needs performance ≥ 95, accessibility 100 and LCP under 1.5 s", () => {
    expect(targetsMet(figures({ performance: 95, lcpMs: 1499 }))).toEqual({
      performance: true,
      accessibility: true,
      lcp: true,
    });
    expect(targetsMet(figures({ performance: 94, accessibility: 99, lcpMs: 1500 }))).toEqual({
      performance: false,
      accessibility: false,
      lcp: false,
    });
  });
});

describe("figuresFromLhr", () => {
  const lhr = {
    categories: { performance: { score: 0.953 }, accessibility: { score: 1 } },
    audits: {
      "largest-contentful-paint": { numericValue: 1234.5 },
      "total-blocking-time": { numericValue: 87 },
      "cumulative-layout-shift": { numericValue: 0.01 },
      "resource-summary": {
        details: {
          items: [
            { resourceType: "total", transferSize: 500_000 },
            { resourceType: "script", transferSize: 180_000 },
          ],
        },
      },
    },
  };
  it("reads the scores as percentages, the metrics and the transferred script bytes", () => {
    expect(figuresFromLhr(lhr)).toEqual({
      performance: 95,
      accessibility: 100,
      lcpMs: 1234.5,
      tbtMs: 87,
      cls: 0.01,
      scriptBytes: 180_000,
    });
  });
  it("says which audit is missing rather than printing a blank", () => {
    expect(() => figuresFromLhr({ ...lhr, audits: {} })).toThrow(/largest-contentful-paint/);
  });
});

describe("formatTable", () => {
  it("prints one markdown row per page with each target marked met or missed", () => {
    const table = formatTable([
      { name: "Landing", path: "/", runs: 3, figures: figures() },
      {
        name: "Sign-in",
        path: "/sign-in",
        runs: 3,
        figures: figures({ performance: 47, lcpMs: 7079, tbtMs: 2525.4, scriptBytes: 1_124_864 }),
      },
    ]);
    const lines = table.split("\n");
    expect(lines).toHaveLength(4);
    expect(lines[0]).toContain("performance (≥ 95)");
    expect(lines[0]).toContain("LCP (< 1.50 s)");
    expect(lines[1]).toMatch(/^\| --- \| --- \| ---: /);
    expect(lines[2]).toBe(
      "| Landing | `/` | 96 ✅ | 100 ✅ | 1.20 s ✅ | 40 ms | 0.000 | 150.0 kB | 3 |",
    );
    expect(lines[3]).toBe(
      "| Sign-in | `/sign-in` | 47 ❌ | 100 ✅ | 7.08 s ❌ | 2525 ms | 0.000 | 1098.5 kB | 3 |",
    );
  });
});
