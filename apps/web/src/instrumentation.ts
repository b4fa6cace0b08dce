/**
 * Runs once when the server starts, before it serves a request: migrations, then demo data.
 * NEXT_RUNTIME is Next's build-time flag (not configuration). It must be read here, in this file:
 * Turbopack removes the Node-only import below from the edge bundle only when the condition is a
 * literal `process.env.NEXT_RUNTIME` check in the same module (moving it into env.ts breaks the
 * build with "Ecmascript file had an error" on the database drivers).
 */
export async function register() {
  // eslint-disable-next-line no-restricted-properties
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { startServer } = await import("./server/startup");
    await startServer();
  }
}
