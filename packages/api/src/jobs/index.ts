import PgBoss from "pg-boss";

import type { DatabaseHandle } from "@resq/db/client";

import { deliverQueuedEmails, type EmailTransport } from "../email/outbox";
import { refreshAllNextAvailable } from "../providers/schedule";
import { sendAppointmentReminder, type ReminderJob } from "../appointments/reminders";
import {
  expiredHolds,
  offerFreedSlot,
  offerNewAvailability,
  releaseHold,
  type FreedSlot,
} from "../appointments/waitlist";
import { readSettings } from "../settings/read";
import { DIGEST_DELAY_SECONDS, sendMessageDigest } from "../messaging/digest";
import { pgliteBossDb, postgresBossDb } from "@resq/db/job-queue-adapters";

/** What the API may ask of the background: named jobs, run later by a worker on any instance. */
export interface JobQueue {
  /** Asks for queued emails to be delivered soon (the sweep catches any that a lost kick misses). */
  kickEmailDelivery(): Promise<void>;
  /** Schedules the appointment's reminders; each checks at send time that it still applies. */
  scheduleReminders(appointmentId: string, startsAt: Date): Promise<void>;
  /** A booked time was freed: offer it to the doctor's waitlist. */
  offerFreedSlot(slot: FreedSlot): Promise<void>;
  /** A doctor added availability: offer it to their waitlist. */
  offerNewAvailability(doctorId: string): Promise<void>;
  /** A message arrived for a user: email them (once per burst, never the text) unless they read it first. */
  scheduleMessageDigest(userId: string): Promise<void>;
}

export const QUEUES = {
  emailDeliver: "email.deliver",
  emailSweep: "email.sweep",
  directoryRefresh: "directory.refresh",
  appointmentReminder: "appointment.reminder",
  waitlistOffer: "waitlist.offer",
  waitlistExpire: "waitlist.expire",
  waitlistSweep: "waitlist.sweep",
  messageDigest: "messages.digest",
  waitlistNewAvailability: "waitlist.new_availability",
} as const;

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
    appUrl = "http://localhost:3000",
  }: { transport: EmailTransport; pollingIntervalSeconds?: number; appUrl?: string },
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
  // The directory's "next available" moves with the clock as well as with bookings.
  await boss.work(QUEUES.directoryRefresh, { pollingIntervalSeconds }, async () => {
    await refreshAllNextAvailable(handle.db);
  });
  await boss.schedule(QUEUES.directoryRefresh, "*/10 * * * *");
  await boss.send(QUEUES.directoryRefresh, {}, { singletonKey: "refresh", singletonSeconds: 60 });

  await boss.work<ReminderJob>(
    QUEUES.appointmentReminder,
    { pollingIntervalSeconds },
    async ([job]) => {
      if (!job) return;
      if (await sendAppointmentReminder(handle.db, job.data, appUrl)) await kickEmailDelivery();
    },
  );

  // Waitlist: offer a freed time, hold it, and pass it on when the hold lapses or is declined.
  const offer = async (slot: FreedSlot) => {
    const holdMinutes = (await readSettings(handle.db))["booking.waitlistHoldMinutes"];
    const hold = await offerFreedSlot(handle.db, slot, { holdMinutes, appUrl });
    if (!hold) return;
    await boss.send(
      QUEUES.waitlistExpire,
      { appointmentId: hold.appointmentId },
      { startAfter: hold.holdExpiresAt },
    );
    await kickEmailDelivery();
  };
  await boss.work<{ doctorId: string; startsAt: string }>(
    QUEUES.waitlistOffer,
    { pollingIntervalSeconds },
    async ([job]) => {
      if (job) await offer({ doctorId: job.data.doctorId, startsAt: new Date(job.data.startsAt) });
    },
  );
  await boss.work<{ appointmentId: string }>(
    QUEUES.waitlistExpire,
    { pollingIntervalSeconds },
    async ([job]) => {
      if (!job) return;
      const freed = await releaseHold(handle.db, job.data.appointmentId, { reason: "expired" });
      if (freed) await offer(freed);
    },
  );
  await boss.work<{ doctorId: string }>(
    QUEUES.waitlistNewAvailability,
    { pollingIntervalSeconds },
    async ([job]) => {
      if (!job) return;
      const holdMinutes = (await readSettings(handle.db))["booking.waitlistHoldMinutes"];
      const holds = await offerNewAvailability(handle.db, job.data.doctorId, {
        holdMinutes,
        appUrl,
      });
      for (const hold of holds)
        await boss.send(
          QUEUES.waitlistExpire,
          { appointmentId: hold.appointmentId },
          { startAfter: hold.holdExpiresAt },
        );
      if (holds.length) await kickEmailDelivery();
    },
  );
  // Safety net: holds whose expiry job was lost are released within a minute.
  await boss.work(QUEUES.waitlistSweep, { pollingIntervalSeconds }, async () => {
    for (const id of await expiredHolds(handle.db)) {
      const freed = await releaseHold(handle.db, id, { reason: "expired" });
      if (freed) await offer(freed);
    }
  });
  await boss.schedule(QUEUES.waitlistSweep, "* * * * *");

  await boss.work<{ userId: string }>(
    QUEUES.messageDigest,
    { pollingIntervalSeconds },
    async ([job]) => {
      if (job && (await sendMessageDigest(handle.db, job.data.userId, appUrl)))
        await kickEmailDelivery();
    },
  );

  const kickEmailDelivery = async () => {
    await boss.send(QUEUES.emailDeliver, {}, { singletonKey: "deliver", singletonSeconds: 1 });
  };
  // Whatever was left queued when an instance stopped (or crashed after a commit) goes out now.
  await kickEmailDelivery();

  return {
    kickEmailDelivery,
    async scheduleMessageDigest(userId) {
      // One job per user per window: later messages in the burst find it already scheduled.
      await boss.send(
        QUEUES.messageDigest,
        { userId },
        {
          startAfter: DIGEST_DELAY_SECONDS,
          singletonKey: userId,
          singletonSeconds: DIGEST_DELAY_SECONDS,
        },
      );
    },
    async offerNewAvailability(doctorId) {
      await boss.send(
        QUEUES.waitlistNewAvailability,
        { doctorId },
        { singletonKey: doctorId, singletonSeconds: 10 },
      );
    },
    async offerFreedSlot(slot) {
      await boss.send(QUEUES.waitlistOffer, {
        doctorId: slot.doctorId,
        startsAt: slot.startsAt.toISOString(),
      });
    },
    async scheduleReminders(appointmentId, startsAt) {
      const hours = (await readSettings(handle.db))["booking.reminderHoursBefore"];
      for (const hoursBefore of hours) {
        const sendAt = new Date(startsAt.getTime() - hoursBefore * 3_600_000);
        if (sendAt.getTime() <= Date.now()) continue; // booked too late for this reminder
        const data: ReminderJob = { appointmentId, hoursBefore, startsAt: startsAt.toISOString() };
        await boss.send(QUEUES.appointmentReminder, data, {
          startAfter: sendAt,
          singletonKey: `${appointmentId}:${hoursBefore}:${data.startsAt}`,
        });
      }
    },
    async stop() {
      await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
      await own?.close();
    },
  };
}

/** For code paths (tests, tools) that run without workers: kicks are no-ops, the sweep is absent. */
export const noJobs: JobQueue = {
  kickEmailDelivery: () => Promise.resolve(),
  scheduleReminders: () => Promise.resolve(),
  offerFreedSlot: () => Promise.resolve(),
  offerNewAvailability: () => Promise.resolve(),
  scheduleMessageDigest: () => Promise.resolve(),
};
