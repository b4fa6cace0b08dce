#!/usr/bin/env node
/**
 * `pnpm start`: RESQ's production server. It is `next start` plus a graceful stop: on SIGTERM or
 * SIGINT it stops accepting connections, lets every request in flight finish (for at most
 * SHUTDOWN_GRACE_MS, 25 s by default), ends live-event streams (their clients reconnect to another
 * instance and resume from their last event id), and exits 0. `next start` itself resets requests
 * in flight when it is stopped, which a rolling deploy would turn into failed bookings and payments.
 *
 * Environment: PORT (3000), SHUTDOWN_GRACE_MS (25000); the rest as the app. It listens on every
 * interface, as `next start` does.
 */
import console from "node:console";
import { createServer } from "node:http";
import process from "node:process";
import { setInterval, setTimeout } from "node:timers";

// The process's own start-up settings, read before the app (and its validated env.ts) exists.
/* eslint-disable no-restricted-properties */
// `next start` sets this, and so must a custom server: React and Next choose their production
// builds by it (without it, every render runs React's development checks, about twice as slow).
Object.assign(process.env, { NODE_ENV: "production" });
const port = Number(process.env.PORT || 3000);
const graceMs = Number(process.env.SHUTDOWN_GRACE_MS || 25_000);
/* eslint-enable no-restricted-properties */

const { default: next } = await import("next");
const app = next({ dev: false, dir: import.meta.dirname, port });
const handle = app.getRequestHandler();
await app.prepare();

/** Open server-sent-event responses: they never end by themselves, so a stop ends them. */
/** @type {Set<import("node:http").ServerResponse>} */
const streams = new Set();

const server = createServer((request, response) => {
  if (request.headers.accept?.includes("text/event-stream")) {
    streams.add(response);
    response.on("close", () => streams.delete(response));
  }
  handle(request, response).catch((error) => {
    console.error("request failed", error);
    if (!response.headersSent) response.statusCode = 500;
    response.end();
  });
});

server.listen(port, () => {
  console.info(`RESQ listening on port ${port}`);
});

let stopping = false;
/** @param {string} signal */
function stop(signal) {
  if (stopping) return;
  stopping = true;
  console.info(`${signal}: finishing the requests in flight, then exiting`);
  const deadline = setTimeout(() => {
    console.warn(`still busy after ${graceMs} ms: closing the remaining connections`);
    server.closeAllConnections();
    process.exit(1);
  }, graceMs);
  deadline.unref();
  server.close(() => {
    console.info("all requests finished");
    process.exit(0);
  });
  for (const stream of streams) stream.end();
  // Keep-alive connections hold the server open while idle; close each one as it goes idle.
  server.closeIdleConnections();
  setInterval(() => server.closeIdleConnections(), 100).unref();
}

process.on("SIGTERM", () => stop("SIGTERM"));
process.on("SIGINT", () => stop("SIGINT"));
