#!/usr/bin/env node
// `pnpm bench:web`: measured page speed of the web app (issue #10, item 7).
//   build (`pnpm build`) → `next start` on a fresh embedded database with the demo data →
//   Lighthouse (mobile emulation, Debian's Chromium) on five pages, several runs each →
//   one markdown table of the medians, with the targets marked. Figures, not a test: exits 0
//   whatever the scores (1 only when it could not measure at all).
//
// Options: --runs N (default 3), --port N (default 3107, or BENCH_PORT), --skip-build (reuse
// apps/web/.next), --json FILE (also write every run's figures). CHROMIUM_PATH overrides the browser.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import process from "node:process";
import { parseArgs } from "node:util";

import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";

import { figuresFromLhr, formatTable, median, medianFigures } from "./report.mjs";

const root = path.resolve(import.meta.dirname, "..", "..");
const web = path.join(root, "apps", "web");

const { values: options } = parseArgs({
  options: {
    runs: { type: "string", default: "3" },
    port: { type: "string", default: process.env.BENCH_PORT ?? "3107" },
    "skip-build": { type: "boolean", default: false },
    json: { type: "string" },
  },
});
const runs = Number(options.runs);
const port = Number(options.port);
const origin = `http://127.0.0.1:${port}`;

const PATIENT = { email: "patient@resq.test", password: "Demo-Passw0rd!" };
const DOCTOR_NAME = "Maya Chen";

// Debian's Chromium as root on a machine whose only network is loopback (see docs/stack notes).
const CHROME_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", TURBO_TELEMETRY_DISABLED: "1" };
// The pnpm that runs this script (also when started through `npx pnpm@10`).
const pnpm = /pnpm\.c?js$/.test(process.env.npm_execpath ?? "")
  ? [process.execPath, process.env.npm_execpath]
  : ["pnpm"];

function findChromium() {
  const found = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"]
    .filter(Boolean)
    .find((candidate) => existsSync(candidate));
  if (!found)
    throw new Error("No Chromium found: apt-get install -y chromium, or set CHROMIUM_PATH.");
  return found;
}

function build() {
  console.info("━━━ pnpm build ━━━");
  const [file, ...prefix] = pnpm;
  const result = spawnSync(file, [...prefix, "build"], { cwd: root, stdio: "inherit", env });
  if (result.status !== 0) throw new Error("the build failed");
}

/** `next start` on a fresh PGlite directory with the demo data; resolves once /api/health answers. */
async function startServer(dataDir) {
  console.info(`━━━ next start on ${origin} (PGLITE_DIR=${dataDir}, DEMO_SEED=true) ━━━`);
  const server = spawn(
    path.join(web, "node_modules", ".bin", "next"),
    ["start", "-p", String(port)],
    {
      cwd: web,
      env: { ...env, PORT: String(port), PGLITE_DIR: dataDir, DEMO_SEED: "true", DATABASE_URL: "" },
      stdio: ["ignore", "pipe", "pipe"],
      detached: true, // its own process group, so stopping it stops its children too
    },
  );
  let output = "";
  server.stdout.on("data", (chunk) => (output += chunk));
  server.stderr.on("data", (chunk) => (output += chunk));
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`next start exited:\n${output}`);
    try {
      if ((await fetch(`${origin}/api/health`)).ok) return server;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`next start did not answer /api/health within 3 minutes:\n${output}`);
}

function stopServer(server) {
  if (server?.exitCode === null) {
    try {
      process.kill(-server.pid, "SIGTERM");
    } catch {
      // already gone
    }
  }
}

/** The demo doctor's id, through the public REST directory. */
async function findDoctorId() {
  const response = await fetch(
    `${origin}/api/appointments/doctors/?q=${encodeURIComponent(DOCTOR_NAME)}`,
  );
  if (!response.ok) throw new Error(`doctor search answered ${response.status}`);
  const { items } = await response.json();
  const doctor = items.find((item) => item.name.includes(DOCTOR_NAME));
  if (!doctor) throw new Error(`no "${DOCTOR_NAME}" in the directory: is the demo seed loaded?`);
  return doctor.id;
}

/** Signs the demo patient in as the web app does (tRPC auth.signIn) and returns the Cookie header. */
async function patientCookie() {
  const response = await fetch(`${origin}/api/trpc/auth.signIn`, {
    method: "POST",
    headers: { "content-type": "application/json", origin },
    body: JSON.stringify({ json: PATIENT }),
  });
  if (!response.ok)
    throw new Error(`sign-in answered ${response.status}: ${await response.text()}`);
  const cookies = response.headers.getSetCookie().map((cookie) => cookie.split(";")[0]);
  if (cookies.length === 0) throw new Error("sign-in set no cookie");
  return cookies.join("; ");
}

/** One Lighthouse run: mobile emulation and simulated throttling (Lighthouse's defaults). */
async function measure(chromePort, url, extraHeaders) {
  const result = await lighthouse(url, {
    port: chromePort,
    output: "json",
    logLevel: "error",
    onlyCategories: ["performance", "accessibility"],
    ...(extraHeaders ? { extraHeaders } : {}),
  });
  if (!result?.lhr) throw new Error(`Lighthouse returned nothing for ${url}`);
  if (result.lhr.runtimeError)
    throw new Error(`Lighthouse on ${url}: ${result.lhr.runtimeError.message}`);
  const finalUrl = result.lhr.finalDisplayedUrl;
  if (new URL(finalUrl).pathname !== new URL(url).pathname)
    throw new Error(`${url} ended on ${finalUrl} (a redirect: signed out?)`);
  return {
    figures: figuresFromLhr(result.lhr),
    benchmarkIndex: result.lhr.environment.benchmarkIndex,
  };
}

async function main() {
  if (!Number.isInteger(runs) || runs < 1) throw new Error("--runs must be a positive integer");
  const chromePath = findChromium();
  if (!options["skip-build"]) build();
  else if (!existsSync(path.join(web, ".next", "BUILD_ID")))
    throw new Error("--skip-build, but apps/web has no build: run pnpm build first");

  const temp = mkdtempSync(path.join(tmpdir(), "resq-bench-web-"));
  let server;
  let chrome;
  try {
    server = await startServer(path.join(temp, "pglite"));
    const doctorId = await findDoctorId();
    const cookie = await patientCookie();
    const pages = [
      { name: "Landing", path: "/" },
      { name: "Sign-in", path: "/sign-in" },
      { name: "Directory", path: "/doctors" },
      { name: "Doctor profile", path: `/doctors/${doctorId}` },
      { name: "Patient dashboard", path: "/patient", headers: { Cookie: cookie } },
    ];

    const userDataDir = path.join(temp, "chrome"); // a fresh profile every time
    mkdirSync(userDataDir);
    chrome = await chromeLauncher.launch({ chromePath, chromeFlags: CHROME_FLAGS, userDataDir });
    // One warm-up load per page so that Next's first render of each route is not measured.
    for (const page of pages) await fetch(`${origin}${page.path}`, { headers: page.headers });

    const rows = [];
    const all = {};
    const benchmarkIndexes = [];
    for (const page of pages) {
      const figures = [];
      for (let run = 1; run <= runs; run++) {
        process.stdout.write(`  ${page.name} (${page.path}) run ${run}/${runs} … `);
        const { figures: one, benchmarkIndex } = await measure(
          chrome.port,
          `${origin}${page.path}`,
          page.headers,
        );
        benchmarkIndexes.push(benchmarkIndex);
        console.info(
          `performance ${one.performance}, accessibility ${one.accessibility}, LCP ${Math.round(one.lcpMs)} ms`,
        );
        figures.push(one);
      }
      all[page.path] = figures;
      rows.push({ name: page.name, path: page.path, runs, figures: medianFigures(figures) });
    }

    console.info(
      `\nMedian of ${runs} Lighthouse runs per page (mobile emulation), ${new Date().toISOString()}:\n`,
    );
    console.info(formatTable(rows));
    // Lighthouse's own CPU benchmark of this machine at the time (higher is faster): the simulated
    // phone is 4× slower than this machine, so a loaded machine shows a longer TBT.
    console.info(`\nLighthouse benchmarkIndex (median): ${Math.round(median(benchmarkIndexes))}`);
    if (options.json) writeFileSync(options.json, JSON.stringify({ rows, runs: all }, null, 2));
  } finally {
    await chrome?.kill();
    stopServer(server);
    rmSync(temp, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(`\n✖ bench:web could not measure: ${error.message}`);
  process.exit(1);
});
