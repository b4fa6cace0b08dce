import PgBoss from "pg-boss";

import type { DatabaseHandle } from "@resq/db/client";

import { deliverQueuedEmails, type EmailTransport } from "../email/outbox";
import { pgliteBossDb, postgresBossDb } from "@resq/db/job-queue-adapters";

/** What the API may ask of the background: named jobs, run later by a worker on any instance. */
export interface JobQueue {
  /** Asks for queued emails to be delivered soon (the sweep catches any that a lost kick misses). */
  kickEmailDelivery(): Promise<void>;
}

export const QUEUES = { emailDeliver: "email.deliver", emailSweep: "email.sweep" } as const;

export interface RunningJobs extends JobQueue {
  stop(): Promise<void>;
}

/**
 * Starts pg-boss on the app's database (its own schema, `pgboss`) and the workers of this instance.
 * Jobs survive restarts and are shared by every instance on the same Postgres.
 */
export async function startJobs(
  handle: DatabaseHandle,
  {
    transport,
    pollingIntervalSeconds = 2,
  }: { transport: EmailTransport; pollingIntervalSeconds?: number },
): Promise<RunningJobs> {
  const own = handle.kind === "postgres" && handle.url ? postgresBossDb(handle.url) : null;
  const db = own?.db ?? (handle.pglite ? pgliteBossDb(handle.pglite) : null);
  if (!db) throw new Error("No database for the job queue");

  const boss = new PgBoss({ db, schema: "pgboss" });
  boss.on("error", (error: Error) => console.error(`Job queue error: ${error.name}`));
  await boss.start();
  // A failed delivery fails the job, so pg-boss retries it with a growing delay.
  for (const name of Object.values(QUEUES)) {
    await boss.createQueue(name, { name, retryLimit: 5, retryDelay: 2, retryBackoff: true });
  }

  const deliver = async () => {
    const { failed } = await deliverQueuedEmails(handle.db, transport);
    if (failed > 0) throw new Error(`${failed} email(s) could not be delivered yet`);
  };
  await boss.work(QUEUES.emailDeliver, { pollingIntervalSeconds }, deliver);
  await boss.work(QUEUES.emailSweep, { pollingIntervalSeconds }, deliver);
  // Every minute, any instance: delivers what a lost kick or a crash left queued.
  await boss.schedule(QUEUES.emailSweep, "* * * * *");

  const kickEmailDelivery = async () => {
    await boss.send(QUEUES.emailDeliver, {}, { singletonKey: "deliver", singletonSeconds: 1 });
  };
  // Whatever was left queued when an instance stopped (or crashed after a commit) goes out now.
  await kickEmailDelivery();

  return {
    kickEmailDelivery,
    async stop() {
      await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
      await own?.close();
    },
  };
}

/** For code paths (tests, tools) that run without workers: kicks are no-ops, the sweep is absent. */
export const noJobs: JobQueue = { kickEmailDelivery: () => Promise.resolve() };
