import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { defineConfig, devices } from "@playwright/test";

import { findChromium } from "./e2e/chromium";

// Each run starts the built app on a fresh embedded database with the demo data.
const port = Number(process.env.E2E_PORT ?? 3100);
const dataDir = path.join(mkdtempSync(path.join(tmpdir(), "resq-e2e-")), "pglite");

const launchOptions = {
  executablePath: findChromium(),
  // Debian's Chromium as root, on a machine with no network but loopback.
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
};

export default defineConfig({
  testDir: "./e2e",
  testMatch: "**/*.e2e.ts",
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  // The JSON report lets `pnpm test` add the browser tests to its closing count.
  reporter: process.env.E2E_JSON_REPORT
    ? [["list"], ["json", { outputFile: process.env.E2E_JSON_REPORT }]]
    : [["list"]],
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: "retain-on-failure",
    launchOptions,
  },
  projects: [
    {
      name: "desktop",
      // The dark-theme tour runs at phone size only (the journeys check both sizes in light).
      testIgnore: ["**/themes.e2e.ts"],
      use: { ...devices["Desktop Chrome"], launchOptions },
    },
    {
      name: "phone",
      // The REST and header checks involve no viewport: the desktop project runs them once.
      testIgnore: ["**/rest-api.e2e.ts", "**/security-headers.e2e.ts", "**/shutdown.e2e.ts"],
      use: {
        viewport: { width: 390, height: 844 },
        deviceScaleFactor: 3,
        isMobile: true,
        hasTouch: true,
        launchOptions,
      },
    },
  ],
  webServer: {
    // The production server (server.mjs: next plus a graceful stop).
    command: "node server.mjs",
    url: `http://127.0.0.1:${port}/api/health`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      PORT: String(port),
      PGLITE_DIR: dataDir,
      DEMO_SEED: "true",
      DATABASE_URL: "",
      NEXT_TELEMETRY_DISABLED: "1",
    },
  },
});
