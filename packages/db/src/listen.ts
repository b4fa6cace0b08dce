import postgres from "postgres";

import type { DatabaseHandle } from "./client";

/**
 * Listens to a Postgres notification channel: on a server through a dedicated connection (LISTEN
 * holds it), on the embedded database through PGlite's in-process LISTEN. Returns the stop function.
 */
export async function listenToChannel(
  handle: DatabaseHandle,
  channel: string,
  onMessage: (payload: string) => void,
): Promise<() => Promise<void>> {
  if (handle.kind === "postgres" && handle.url) {
    const listener = postgres(handle.url, { max: 1, onnotice: () => undefined });
    await listener.listen(channel, onMessage);
    return () => listener.end({ timeout: 5 });
  }
  if (handle.pglite) {
    const unlisten = await handle.pglite.listen(channel, onMessage);
    return () => unlisten();
  }
  throw new Error("No database to listen on");
}
