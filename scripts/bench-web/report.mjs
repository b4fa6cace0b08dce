// Pure helpers of `pnpm bench:web`: reading a Lighthouse result, the median of several runs, and the
// markdown table with its targets. No I/O here, so the unit test can check them cheaply.

/** The targets of issue #10: performance ≥ 95, accessibility 100, LCP under 1.5 s. */
export const TARGETS = { performance: 95, accessibility: 100, lcpMs: 1500 };

/** @typedef {{ performance: number, accessibility: number, lcpMs: number, tbtMs: number, cls: number, scriptBytes: number }} Figures */

/** Median of a non-empty list of numbers (the mean of the middle two for an even count). */
export function median(values) {
  if (values.length === 0) throw new Error("median of an empty list");
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * The figures of one Lighthouse run (an `lhr`). Scripts are counted as Lighthouse saw them on the
 * wire (transfer size, compressed), for the page's first load.
 * @returns {Figures}
 */
export function figuresFromLhr(lhr) {
  const audit = (id) => {
    const found = lhr.audits[id];
    if (!found) throw new Error(`Lighthouse result has no "${id}" audit`);
    return found;
  };
  const lcpMs = audit("largest-contentful-paint").numericValue ?? NaN;
  const tbtMs = audit("total-blocking-time").numericValue ?? NaN;
  const cls = audit("cumulative-layout-shift").numericValue ?? NaN;
  const resources = audit("resource-summary").details?.items ?? [];
  return {
    performance: Math.round((lhr.categories.performance?.score ?? 0) * 100),
    accessibility: Math.round((lhr.categories.accessibility?.score ?? 0) * 100),
    lcpMs,
    tbtMs,
    cls,
    scriptBytes: resources.find((item) => item.resourceType === "script")?.transferSize ?? 0,
  };
}

/**
 * The median of each figure across runs, taken figure by figure (so the result need not be one
 * particular run; with 3 runs each figure is the middle value seen).
 * @param {Figures[]} runs
 * @returns {Figures}
 */
export function medianFigures(runs) {
  const keys = /** @type {(keyof Figures)[]} */ (Object.keys(runs[0]));
  return /** @type {Figures} */ (
    Object.fromEntries(keys.map((key) => [key, median(runs.map((run) => run[key]))]))
  );
}

/** Which targets one page meets. */
export function targetsMet(figures, targets = TARGETS) {
  return {
    performance: figures.performance >= targets.performance,
    accessibility: figures.accessibility >= targets.accessibility,
    lcp: figures.lcpMs < targets.lcpMs,
  };
}

const mark = (met) => (met ? "✅" : "❌");
const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`;
const kilobytes = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;

/**
 * One markdown table: a row per page with the median figures, each target marked met or missed.
 * @param {{ name: string, path: string, runs: number, figures: Figures }[]} rows
 */
export function formatTable(rows, targets = TARGETS) {
  const header = [
    "page",
    "route",
    `performance (≥ ${targets.performance})`,
    `accessibility (${targets.accessibility})`,
    `LCP (< ${seconds(targets.lcpMs)})`,
    "TBT (INP proxy)",
    "CLS",
    "first-load JS (transferred)",
    "runs",
  ];
  const lines = [
    `| ${header.join(" | ")} |`,
    `| ${header.map((_, i) => (i < 2 ? "---" : "---:")).join(" | ")} |`,
  ];
  for (const { name, path, runs, figures } of rows) {
    const met = targetsMet(figures, targets);
    lines.push(
      `| ${[
        name,
        `\`${path}\``,
        `${Math.round(figures.performance)} ${mark(met.performance)}`,
        `${Math.round(figures.accessibility)} ${mark(met.accessibility)}`,
        `${seconds(figures.lcpMs)} ${mark(met.lcp)}`,
        `${Math.round(figures.tbtMs)} ms`,
        figures.cls.toFixed(3),
        kilobytes(figures.scriptBytes),
        String(runs),
      ].join(" | ")} |`,
    );
  }
  return lines.join("\n");
}
