/**
 * Runs once when the server starts, before it serves a request: migrations, then demo data.
 * NEXT_RUNTIME is Next's build-time flag (not configuration), so it is read here directly: it keeps
 * the database drivers out of any edge bundle.
 */
export async function register() {
  // eslint-disable-next-line no-restricted-properties
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { startServer } = await import("./server/startup");
    await startServer();
  }
}
