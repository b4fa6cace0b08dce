import { randomBytes } from "node:crypto";
import os from "node:os";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";

import { dropDatabase, prepareDatabase } from "./database";
import { readBenchEnv } from "./env";
import { datasetTable, growthTable, plansTable, targetLines } from "./report";
import { benchDataset, type DatasetResult } from "./run";
import { buildApp, repoRoot, startServer } from "./server";

const { values } = parseArgs({
  options: {
    help: { type: "boolean", short: "h" },
    seconds: { type: "string", default: "10" },
    connections: { type: "string", default: "50" },
    build: { type: "boolean", default: true },
    "no-build": { type: "boolean" },
    "skip-demo": { type: "boolean" },
    only: { type: "string" },
    smoke: { type: "boolean" },
  },
});
if (values.help) {
  console.info(`pnpm bench [--seconds 10] [--connections 50] [--no-build] [--skip-demo] [--only NAME] [--smoke]

Builds the app, starts the production server (next start, port BENCH_PORT=3106) against Postgres with
the large data set (BENCH_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/resq_bench; seeded
with --scale large if empty), drives each endpoint with autocannon, runs the same SQL directly, prints
the plans, then does the same at the demo size (BENCH_DEMO_DATABASE_URL, default …/resq_bench_demo:
the demo data plus --scale tiny). --smoke: a throwaway tiny database, 2 s per endpoint, no demo pass.`);
  process.exit(0);
}

const log = (line: string) => console.info(line);
const smoke = values.smoke === true;
const seconds = smoke ? 2 : Number(values.seconds);
const connections = smoke ? 10 : Number(values.connections);
const env = readBenchEnv();
const port = env.port;
const largeUrl = smoke ? `${env.server}/resq_bench_smoke_${process.pid}` : env.largeUrl;
const demoUrl = env.demoUrl;
const encryptionKey = randomBytes(32).toString("base64");

async function runOn(label: string, databaseUrl: string): Promise<DatasetResult> {
  const running = await startServer({ port, databaseUrl, encryptionKey });
  try {
    return await benchDataset({
      label,
      baseUrl: running.baseUrl,
      databaseUrl,
      encryptionKey,
      connections,
      seconds,
      only: values.only,
      skipSingleConnection: smoke,
      log,
    });
  } finally {
    await running.stop();
  }
}

function print(result: DatasetResult) {
  const counts = Object.entries(result.counts)
    .map(([table, n]) => `${n.toLocaleString("en-US")} ${table}`)
    .join(", ");
  const [before, after] = result.loadAverage;
  console.info(
    `\n## ${result.label} (${counts}) — ${connections} connections, ${seconds} s per endpoint, ${os.cpus().length} CPUs, load average ${before.toFixed(1)} → ${after.toFixed(1)}\n`,
  );
  console.info(datasetTable(result));
  console.info("");
  console.info(plansTable(result));
}

try {
  const started = Date.now();
  await prepareDatabase(largeUrl, { scale: smoke ? "tiny" : "large", withDemo: false, log });
  if (!smoke && !values["skip-demo"])
    await prepareDatabase(demoUrl, { scale: "tiny", withDemo: true, log });
  if (values.build && !values["no-build"]) buildApp();

  const large = await runOn(smoke ? "smoke (tiny)" : "large", largeUrl);
  const demo = smoke || values["skip-demo"] ? undefined : await runOn("demo size", demoUrl);
  print(large);
  if (demo) {
    print(demo);
    console.info("\n## Growth from demo size to large (p95)\n");
    console.info(growthTable(demo, large));
  }
  console.info("\n## Targets (issue #11)\n");
  for (const line of targetLines(large, demo)) console.info(line);

  const out = path.join(repoRoot, ".cache", "bench");
  mkdirSync(out, { recursive: true });
  const file = path.join(out, smoke ? "smoke.json" : "latest.json");
  writeFileSync(
    file,
    JSON.stringify({ date: new Date().toISOString(), connections, seconds, large, demo }, null, 2),
  );
  console.info(
    `\nFigures written to ${path.relative(repoRoot, file)} (${Math.round((Date.now() - started) / 1000)} s in all).`,
  );

  // The smoke run fails on any error response, so CI notices a broken endpoint or bench.
  if (smoke) {
    const broken = large.scenarios.filter(
      (s) => s.http.errors > 0 || s.http.requests === 0 || s.raw.errors > 0,
    );
    if (broken.length) {
      console.error(`bench smoke: errors in ${broken.map((s) => s.name).join(", ")}`);
      process.exitCode = 1;
    }
  }
} finally {
  if (smoke) await dropDatabase(largeUrl);
}
