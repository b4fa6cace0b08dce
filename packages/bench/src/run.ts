import os from "node:os";

import postgres from "postgres";

import { describePlan, sequentialScans } from "./explain";
import { loadFixtures } from "./fixtures";
import { httpLoad } from "./http-load";
import { explain } from "./queries";
import { rawLoad } from "./raw-load";
import { bookableSlots, scenarios } from "./scenarios";
import type { LoadFigures } from "./stats";

/**
 * A table counts as large from this many rows (the planner's estimate): a hot query must not scan
 * one sequentially. Below it a sequential scan is often the best plan, and the planner knows it.
 */
export const LARGE_TABLE_ROWS = 5_000;

/** Connections in the app's Postgres pool (packages/db/src/client.ts). */
const APP_POOL_SIZE = 10;

export interface ScenarioResult {
  name: string;
  kind: "read" | "write";
  http: LoadFigures & { statuses: Record<number, number> };
  /** p50 over HTTP with a single connection (no queueing). */
  singleP50: number;
  raw: LoadFigures;
  /** HTTP p50 over raw SQL p50 at the same concurrency. */
  overhead: number;
  plans: { name: string; plan: string; seqScans: string[] }[];
}

export interface DatasetResult {
  label: string;
  /** The machine's 1-minute load average before and after the run (other work shares the CPUs). */
  loadAverage: [number, number];
  counts: Record<string, number>;
  scenarios: ScenarioResult[];
}

export interface DatasetOptions {
  label: string;
  baseUrl: string;
  databaseUrl: string;
  encryptionKey: string;
  connections: number;
  seconds: number;
  /** Leave out the one-connection measurement (the smoke run keeps CI short). */
  skipSingleConnection?: boolean;
  /** Only the scenarios whose name contains this (for a quick look at one endpoint). */
  only?: string;
  log?: (line: string) => void;
}

/** Runs every scenario against a running server and the same SQL directly, one after the other. */
export async function benchDataset(options: DatasetOptions): Promise<DatasetResult> {
  const log = options.log ?? (() => undefined);
  const loadBefore = os.loadavg()[0] ?? 0;
  const fixtures = await loadFixtures(options.databaseUrl, options.encryptionKey);
  // Enough free slots for the HTTP run at a generous rate and for the raw run.
  const wanted = Math.max(200, Math.ceil(options.seconds * 800));
  const slots = await bookableSlots(options.baseUrl, fixtures, wanted);
  log(
    `${options.label}: ${fixtures.patients.length} patients signed in, ${slots.http.length + slots.raw.length} free slots to book`,
  );
  // The app's pool size (openDatabase's default), so the raw run queues for connections as it does.
  const sql = postgres(options.databaseUrl, { max: APP_POOL_SIZE, onnotice: () => undefined });
  try {
    const counts = await tableCounts(sql);
    const large = await largeTables(sql);
    const results: ScenarioResult[] = [];
    for (const scenario of scenarios(fixtures, slots)) {
      if (options.only && !scenario.name.includes(options.only)) continue;
      log(`${options.label}: ${scenario.name}…`);
      // Warm-up: the first requests load modules and fill connection pools.
      await httpLoad({ ...scenarioLoad(options, scenario), connections: 5, seconds: 1 });
      // One connection first: the time a request takes when it does not queue behind others.
      const single = options.skipSingleConnection
        ? null
        : await httpLoad({
            ...scenarioLoad(options, scenario),
            connections: 1,
            seconds: Math.max(1, Math.round(options.seconds / 4)),
          });
      const http = await httpLoad(scenarioLoad(options, scenario));
      // Requests cut off at the end of the run are still being worked through by the server; let
      // it drain before the raw SQL run, or that run would pay for them.
      await drained(options.baseUrl);
      const raw = await rawLoad({
        concurrency: options.connections,
        seconds: Math.max(1, Math.round(options.seconds / 2)),
        once: () => scenario.raw(sql),
      });
      const plans = [];
      for (const hot of scenario.hotQueries) {
        const plan = await explain(sql, hot.query);
        plans.push({
          name: hot.name,
          plan: describePlan(plan),
          seqScans: sequentialScans(plan, large),
        });
      }
      results.push({
        name: scenario.name,
        kind: scenario.kind,
        http,
        singleP50: single?.p50 ?? 0,
        raw,
        overhead: raw.p50 > 0 ? http.p50 / raw.p50 : 0,
        plans,
      });
    }
    return {
      label: options.label,
      loadAverage: [loadBefore, os.loadavg()[0] ?? 0],
      counts,
      scenarios: results,
    };
  } finally {
    await sql.end();
  }
}

function scenarioLoad(options: DatasetOptions, scenario: ReturnType<typeof scenarios>[number]) {
  return {
    baseUrl: options.baseUrl,
    connections: options.connections,
    seconds: options.seconds,
    next: scenario.nextRequest,
    okStatuses: scenario.okStatuses,
  };
}

async function tableCounts(sql: postgres.Sql) {
  const rows = await sql<{ table: string; n: number }[]>`
    select relname as table, reltuples::bigint::int as n from pg_class
    where relkind = 'r' and relname in ('users', 'appointments', 'encounters', 'lab_results', 'messages', 'doctor_profiles')`;
  return Object.fromEntries(rows.map((row) => [row.table, row.n]));
}

async function largeTables(sql: postgres.Sql) {
  const rows = await sql<{ table: string }[]>`
    select relname as table from pg_class
    where relkind = 'r' and relnamespace = 'public'::regnamespace and reltuples >= ${LARGE_TABLE_ROWS}`;
  return new Set(rows.map((row) => row.table));
}

/** Waits (at most 20 s) until the server answers its health check in under 100 ms again. */
async function drained(baseUrl: string) {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    const started = performance.now();
    const response = await fetch(`${baseUrl}/api/health`).catch(() => null);
    if (response?.ok && performance.now() - started < 100) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
