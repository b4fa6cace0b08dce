import { and, asc, eq, gte, lt, lte } from "drizzle-orm";

import type { Database } from "@resq/db/client";
import { appointments, practices, users, waitlistEntries } from "@resq/db/schema";

import { recordAudit } from "@resq/db/audit";

import { waitlistEmails } from "../email/templates";
import { asLocale } from "../i18n/recipient";
import { notificationText } from "../notifications/texts";
import { notify, notifyByEmail } from "../notify";
import { localDateOf } from "../scheduling";
import { freeSlots, loadSchedules } from "../providers/schedule";
import { checkSlot, lockDoctorSchedule } from "./booking";
import { appointmentDetails, emailSummary } from "./details";

export interface FreedSlot {
  doctorId: string;
  startsAt: Date;
}

/**
 * Offers a freed time to the first patient waiting for it: the slot is held for them (a `held`
 * appointment, under the same exclusion constraint as bookings, so nobody else can take it) for
 * `holdMinutes`, and they are told by email and in-app. Returns the hold, or null when nobody
 * waiting fits the time (or it is no longer free).
 */
export async function offerFreedSlot(
  db: Database,
  slot: FreedSlot,
  { holdMinutes, appUrl, now = new Date() }: { holdMinutes: number; appUrl: string; now?: Date },
): Promise<{ appointmentId: string; holdExpiresAt: Date } | null> {
  return db.transaction(async (tx) => {
    await lockDoctorSchedule(tx, slot.doctorId);
    const [practice] = await tx
      .select({ timeZone: practices.timeZone })
      .from(practices)
      .where(eq(practices.doctorId, slot.doctorId));
    if (!practice) return null;
    const localDay = localDateOf(slot.startsAt, practice.timeZone);
    const waiting = await tx
      .select()
      .from(waitlistEntries)
      .where(
        and(
          eq(waitlistEntries.doctorId, slot.doctorId),
          eq(waitlistEntries.status, "waiting"),
          lte(waitlistEntries.fromDate, localDay),
          gte(waitlistEntries.toDate, localDay),
        ),
      )
      .orderBy(asc(waitlistEntries.createdAt))
      .limit(20);
    for (const entry of waiting) {
      const check = await checkSlot(
        tx,
        { doctorId: slot.doctorId, serviceId: entry.serviceId, startsAt: slot.startsAt },
        now,
      );
      if (!check.ok) continue;
      const holdExpiresAt = new Date(now.getTime() + holdMinutes * 60_000);
      const [hold] = await tx
        .insert(appointments)
        .values({
          doctorId: slot.doctorId,
          patientId: entry.patientId,
          serviceId: entry.serviceId,
          startsAt: slot.startsAt,
          endsAt: check.endsAt,
          status: "held",
          holdExpiresAt,
          waitlistEntryId: entry.id,
        })
        .returning({ id: appointments.id });
      if (!hold) return null;
      await tx
        .update(waitlistEntries)
        .set({ status: "offered", updatedAt: now })
        .where(eq(waitlistEntries.id, entry.id));
      const details = await appointmentDetails(tx, hold.id);
      const [patient] = await tx
        .select({ email: users.email, locale: users.locale })
        .from(users)
        .where(eq(users.id, entry.patientId));
      if (details && patient) {
        const locale = asLocale(patient.locale);
        const summary = emailSummary(details, appUrl, locale);
        await notifyByEmail(
          tx,
          entry.patientId,
          "waitlist.offer",
          waitlistEmails.offer(patient.email, summary, holdMinutes, `${appUrl}/patient/waitlist`),
        );
        const t = notificationText(locale);
        await notify(tx, entry.patientId, {
          kind: "waitlist.offer",
          title: t("waitlistOffer.title", { doctor: summary.doctorName }),
          body: t("waitlistOffer.body", { when: summary.when, minutes: holdMinutes }),
          link: "/patient/waitlist",
        });
      }
      await recordAudit(tx, {
        actorId: null,
        actorRole: "system",
        action: "waitlist.offered",
        patientId: entry.patientId,
        recordType: "appointment",
        recordId: hold.id,
      });
      return { appointmentId: hold.id, holdExpiresAt };
    }
    return null;
  });
}

/**
 * Releases a hold that was not accepted in time (or was declined): the time is freed and the
 * caller offers it to the next patient. Returns the freed slot, or null if the hold is gone.
 */
export async function releaseHold(
  db: Database,
  appointmentId: string,
  { reason, now = new Date() }: { reason: "expired" | "declined"; now?: Date },
): Promise<FreedSlot | null> {
  return db.transaction(async (tx) => {
    const [hold] = await tx
      .select()
      .from(appointments)
      .where(eq(appointments.id, appointmentId))
      .for("update");
    if (!hold || hold.status !== "held") return null;
    if (reason === "expired" && hold.holdExpiresAt && hold.holdExpiresAt > now) return null; // not yet
    await tx
      .update(appointments)
      .set({
        status: "cancelled",
        cancelledAt: now,
        cancellationReason: `Waitlist offer ${reason}`,
        updatedAt: now,
      })
      .where(eq(appointments.id, hold.id));
    if (hold.waitlistEntryId) {
      await tx
        .update(waitlistEntries)
        .set({ status: reason === "expired" ? "expired" : "left", updatedAt: now })
        .where(eq(waitlistEntries.id, hold.waitlistEntryId));
    }
    await recordAudit(tx, {
      actorId: reason === "declined" ? hold.patientId : null,
      actorRole: reason === "declined" ? "patient" : "system",
      action: `waitlist.${reason}`,
      patientId: hold.patientId,
      recordType: "appointment",
      recordId: hold.id,
    });
    return { doctorId: hold.doctorId, startsAt: hold.startsAt };
  });
}

/** Holds past their expiry (what the sweep releases if an expiry job was lost). */
export async function expiredHolds(db: Database, now = new Date()): Promise<string[]> {
  const rows = await db
    .select({ id: appointments.id })
    .from(appointments)
    .where(and(eq(appointments.status, "held"), lt(appointments.holdExpiresAt, now)))
    .limit(100);
  return rows.map((row) => row.id);
}

/**
 * New availability (more weekly hours, extra hours on a date): offers the first free time in each
 * waiting patient's range, in the order they joined, one hold per patient. Returns the holds made.
 */
export async function offerNewAvailability(
  db: Database,
  doctorId: string,
  options: { holdMinutes: number; appUrl: string; now?: Date },
): Promise<{ appointmentId: string; holdExpiresAt: Date }[]> {
  const now = options.now ?? new Date();
  const waiting = await db
    .select()
    .from(waitlistEntries)
    .where(and(eq(waitlistEntries.doctorId, doctorId), eq(waitlistEntries.status, "waiting")))
    .orderBy(asc(waitlistEntries.createdAt))
    .limit(50);
  const holds = [];
  for (const entry of waiting) {
    const start = new Date(
      Math.max(now.getTime(), Date.parse(`${entry.fromDate}T00:00:00Z`) - 86_400_000),
    );
    const end = new Date(Date.parse(`${entry.toDate}T00:00:00Z`) + 2 * 86_400_000);
    if (end <= now) continue;
    const schedule = (await loadSchedules(db, [doctorId], { start, end })).get(doctorId);
    const service = schedule?.services.find((s) => s.id === entry.serviceId);
    if (!schedule || !service) continue;
    const first = freeSlots(
      schedule,
      service.durationMinutes,
      entry.fromDate,
      entry.toDate,
      now,
    )[0];
    if (!first) continue;
    const hold = await offerFreedSlot(
      db,
      { doctorId, startsAt: first.startsAt },
      { ...options, now },
    );
    if (hold) holds.push(hold);
  }
  return holds;
}
