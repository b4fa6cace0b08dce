import "server-only";

import { serverKeyring } from "@resq/api";
import { noJobs, type JobQueue, type RunningJobs } from "@resq/api/jobs";
import type { EventHub } from "@resq/api/realtime";
import { getDatabase } from "@resq/db/client";

// Kept on globalThis: Next.js may load this module in more than one bundle of the same process.
const jobsKey = Symbol.for("resq.jobs");
const eventsKey = Symbol.for("resq.events");
type GlobalWithJobs = typeof globalThis & { [jobsKey]?: RunningJobs; [eventsKey]?: EventHub };

export function registerEventHub(hub: EventHub) {
  (globalThis as GlobalWithJobs)[eventsKey] = hub;
}

/** This instance's real-time hub (LISTEN on the database), or null before start-up. */
export function eventHub(): EventHub | null {
  return (globalThis as GlobalWithJobs)[eventsKey] ?? null;
}

export function registerJobs(jobs: RunningJobs) {
  (globalThis as GlobalWithJobs)[jobsKey] = jobs;
}

/** This instance's job queue (workers start with the server), or a no-op before start-up. */
export function jobQueue(): JobQueue {
  return (globalThis as GlobalWithJobs)[jobsKey] ?? noJobs;
}

export async function keyring() {
  const handle = await getDatabase();
  return serverKeyring(handle.kind === "postgres");
}
