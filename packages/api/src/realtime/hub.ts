import { EventEmitter, on } from "node:events";

import type { DatabaseHandle } from "@resq/db/client";
import { listenToChannel } from "@resq/db/listen";

import { EVENTS_CHANNEL } from "./publish";

/**
 * One per app instance: listens on the Postgres channel (its own connection on a server; the
 * embedded database's in-process LISTEN otherwise) and wakes the local subscribers of that user.
 * Instances share nothing but the database, so any number of them can run.
 */
export class EventHub {
  private readonly emitter = new EventEmitter();
  private stopListening: (() => Promise<void>) | undefined;

  private constructor() {
    this.emitter.setMaxListeners(0);
  }

  static async start(handle: DatabaseHandle): Promise<EventHub> {
    const hub = new EventHub();
    const deliver = (payload: string) => {
      try {
        const { userId } = JSON.parse(payload) as { userId?: string };
        if (userId) hub.emitter.emit(userId);
      } catch {
        // Not ours; ignore.
      }
    };
    hub.stopListening = await listenToChannel(handle, EVENTS_CHANNEL, deliver);
    return hub;
  }

  /**
   * Starts listening for the user's wake-ups at once (so nothing between this call and the first
   * read is missed) and yields one per wake-up until the signal aborts.
   */
  wakeups(userId: string, signal: AbortSignal | undefined): AsyncIterator<unknown> {
    return on(this.emitter, userId, { signal });
  }

  async stop(): Promise<void> {
    await this.stopListening?.();
  }
}
