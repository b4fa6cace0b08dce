import "server-only";

import { serverKeyring } from "@resq/api";
import { noJobs, type JobQueue, type RunningJobs } from "@resq/api/jobs";
import { getDatabase } from "@resq/db/client";

// Kept on globalThis: Next.js may load this module in more than one bundle of the same process.
const jobsKey = Symbol.for("resq.jobs");
type GlobalWithJobs = typeof globalThis & { [jobsKey]?: RunningJobs };

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
