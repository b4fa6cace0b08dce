import { and, eq, sql } from "drizzle-orm";

import type { Database } from "@resq/db/client";
import { appointments, doctorProfiles, practices, services, users } from "@resq/db/schema";

import { listedDoctorCondition } from "../providers/listing";
import { freeSlots, loadSchedules } from "../providers/schedule";
import { localDateOf } from "../scheduling";

/**
 * Serialises booking changes per doctor for the rest of the transaction, so the free-slot check and
 * the insert see the same schedule (buffers and daily caps hold under concurrency). The exclusion
 * constraint remains the last word on overlaps.
 */
export async function lockDoctorSchedule(db: Database, doctorId: string): Promise<void> {
  await db.execute(sql`select pg_advisory_xact_lock(hashtext(${`schedule:${doctorId}`}))`);
}

export interface SlotRequest {
  doctorId: string;
  serviceId: string;
  startsAt: Date;
}

/**
 * Whether the slot is free now for a listed doctor's active service: it must be one of the slots
 * the engine offers (rules, overrides, buffers, notice, horizon, daily cap, existing bookings).
 * `ignoreAppointmentId` lets a reschedule look past the appointment being moved.
 */
export async function checkSlot(
  db: Database,
  request: SlotRequest,
  now: Date,
  ignoreAppointmentId?: string,
): Promise<
  | { ok: true; endsAt: Date; durationMinutes: number }
  | { ok: false; reason: "doctor" | "service" | "slot" }
> {
  const [listed] = await db
    .select({ id: doctorProfiles.userId })
    .from(doctorProfiles)
    .innerJoin(users, eq(users.id, doctorProfiles.userId))
    .innerJoin(practices, eq(practices.doctorId, doctorProfiles.userId))
    .where(and(eq(doctorProfiles.userId, request.doctorId), listedDoctorCondition()));
  if (!listed) return { ok: false, reason: "doctor" };
  const [service] = await db
    .select({ durationMinutes: services.durationMinutes })
    .from(services)
    .where(
      and(
        eq(services.id, request.serviceId),
        eq(services.doctorId, request.doctorId),
        eq(services.active, true),
      ),
    );
  if (!service) return { ok: false, reason: "service" };

  const range = {
    start: new Date(request.startsAt.getTime() - 86_400_000),
    end: new Date(request.startsAt.getTime() + 86_400_000),
  };
  const schedule = (await loadSchedules(db, [request.doctorId], range)).get(request.doctorId);
  if (!schedule) return { ok: false, reason: "doctor" };
  if (ignoreAppointmentId) {
    const [moving] = await db
      .select({ startsAt: appointments.startsAt, endsAt: appointments.endsAt })
      .from(appointments)
      .where(eq(appointments.id, ignoreAppointmentId));
    if (moving)
      schedule.busy = schedule.busy.filter(
        (b) =>
          !(
            b.startsAt.getTime() === moving.startsAt.getTime() &&
            b.endsAt.getTime() === moving.endsAt.getTime()
          ),
      );
  }
  const day = localDateOf(request.startsAt, schedule.timeZone);
  const match = freeSlots(schedule, service.durationMinutes, day, day, now).find(
    (slot) => slot.startsAt.getTime() === request.startsAt.getTime(),
  );
  if (!match) return { ok: false, reason: "slot" };
  return { ok: true, endsAt: match.endsAt, durationMinutes: service.durationMinutes };
}

/** The nearest free times of a service after a wanted time (what to offer when a slot was taken). */
export async function nearestAlternatives(
  db: Database,
  request: SlotRequest,
  now: Date,
  count = 3,
) {
  const [service] = await db
    .select({ durationMinutes: services.durationMinutes })
    .from(services)
    .where(eq(services.id, request.serviceId));
  if (!service) return [];
  const start = new Date(Math.max(now.getTime(), request.startsAt.getTime() - 86_400_000));
  const end = new Date(start.getTime() + 8 * 86_400_000);
  const schedule = (await loadSchedules(db, [request.doctorId], { start, end })).get(
    request.doctorId,
  );
  if (!schedule) return [];
  const slots = freeSlots(
    schedule,
    service.durationMinutes,
    localDateOf(start, schedule.timeZone),
    localDateOf(end, schedule.timeZone),
    now,
  );
  // Closest to the wanted time first, whether before or after it.
  return slots
    .sort(
      (a, b) =>
        Math.abs(a.startsAt.getTime() - request.startsAt.getTime()) -
        Math.abs(b.startsAt.getTime() - request.startsAt.getTime()),
    )
    .slice(0, count)
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
}
