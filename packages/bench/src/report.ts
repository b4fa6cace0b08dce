import type { DatasetResult, ScenarioResult } from "./run";

/** The targets of issue #11, at 50 connections. */
export const TARGETS = {
  readP95Ms: 25,
  bookingPerSecond: 300,
  growth: 1.5,
  overhead: 2,
};

const ms = (value: number) => value.toFixed(1);
const pad = (text: string, width: number) => text.padEnd(width);
const lpad = (text: string, width: number) => text.padStart(width);

function table(headers: string[], rows: string[][]) {
  const widths = headers.map((h, i) =>
    Math.max(h.length, ...rows.map((row) => (row[i] ?? "").length)),
  );
  const line = (cells: string[]) =>
    `| ${cells.map((cell, i) => (i === 0 ? pad(cell, widths[i]!) : lpad(cell, widths[i]!))).join(" | ")} |`;
  return [
    line(headers),
    `|${widths.map((w, i) => (i === 0 ? `:${"-".repeat(w + 1)}` : `${"-".repeat(w + 1)}:`)).join("|")}|`,
    ...rows.map(line),
  ].join("\n");
}

export function datasetTable(result: DatasetResult): string {
  const rows = result.scenarios.map((s) => [
    s.name,
    s.http.requestsPerSecond.toFixed(0),
    ms(s.http.p50),
    ms(s.http.p95),
    ms(s.http.p99),
    String(s.http.errors),
    s.singleP50 > 0 ? ms(s.singleP50) : "—",
    ms(s.raw.p50),
    ms(s.raw.p95),
    `${s.overhead.toFixed(2)}×`,
  ]);
  return table(
    [
      "endpoint",
      "req/s",
      "p50 ms",
      "p95 ms",
      "p99 ms",
      "errors",
      "1-conn p50",
      "SQL p50",
      "SQL p95",
      "overhead",
    ],
    rows,
  );
}

export function plansTable(result: DatasetResult): string {
  const rows = result.scenarios.flatMap((s) =>
    s.plans.map((p) => [
      p.name,
      p.plan,
      p.seqScans.length ? `SEQ SCAN on ${p.seqScans.join(", ")}` : "none",
    ]),
  );
  return table(["hot query", "plan (top node → first scan)", "seq scan on a large table"], rows);
}

/** Each target, met or not, with the figures behind it. */
export function targetLines(large: DatasetResult, demo: DatasetResult | undefined): string[] {
  const lines: string[] = [];
  const verdict = (ok: boolean) => (ok ? "met   " : "MISSED");
  for (const s of large.scenarios) {
    if (s.kind === "read") {
      lines.push(
        `${verdict(s.http.p95 < TARGETS.readP95Ms)} p95 < ${TARGETS.readP95Ms} ms — ${s.name}: ${ms(s.http.p95)} ms`,
      );
    } else if (s.name.startsWith("book")) {
      lines.push(
        `${verdict(s.http.requestsPerSecond >= TARGETS.bookingPerSecond)} booking ≥ ${TARGETS.bookingPerSecond}/s: ${s.http.requestsPerSecond.toFixed(0)}/s`,
      );
    }
    lines.push(
      `${verdict(s.overhead <= TARGETS.overhead)} overhead ≤ ${TARGETS.overhead}× raw SQL — ${s.name}: ${s.overhead.toFixed(2)}×`,
    );
    const before = demo?.scenarios.find((d) => d.name === s.name);
    if (before) {
      const growth = growthOf(before, s);
      lines.push(
        `${verdict(growth <= TARGETS.growth)} large ≤ ${TARGETS.growth}× demo p95 — ${s.name}: ${growth.toFixed(2)}×`,
      );
    }
    for (const p of s.plans) {
      if (p.seqScans.length)
        lines.push(`MISSED no sequential scan — ${p.name}: ${p.seqScans.join(", ")}`);
    }
    if (s.http.errors > 0)
      lines.push(
        `MISSED no errors — ${s.name}: ${s.http.errors} (${JSON.stringify(s.http.statuses)})`,
      );
  }
  return lines;
}

export function growthOf(demo: ScenarioResult, large: ScenarioResult) {
  return demo.http.p95 > 0 ? large.http.p95 / demo.http.p95 : 0;
}

export function growthTable(demo: DatasetResult, large: DatasetResult): string {
  const rows = large.scenarios.flatMap((s) => {
    const before = demo.scenarios.find((d) => d.name === s.name);
    if (!before) return [];
    return [
      [
        s.name,
        ms(before.http.p95),
        ms(s.http.p95),
        `${growthOf(before, s).toFixed(2)}×`,
        before.http.requestsPerSecond.toFixed(0),
        s.http.requestsPerSecond.toFixed(0),
      ],
    ];
  });
  return table(["endpoint", "demo p95", "large p95", "growth", "demo req/s", "large req/s"], rows);
}
