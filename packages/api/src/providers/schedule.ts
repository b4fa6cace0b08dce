import { and, asc, eq, gt, inArray, lt, sql } from "drizzle-orm";

import type { Database } from "@resq/db/client";
import {
  appointments,
  availabilityOverrides,
  availabilityRules,
  doctorProfiles,
  practices,
  services,
} from "@resq/db/schema";

import {
  computeFreeSlots,
  localDateOf,
  nextFreeSlot,
  type AvailabilityOverride,
  type AvailabilityRule,
  type BookingPolicy,
  type BusyInterval,
  type Weekday,
} from "../scheduling";

/** Everything the slot engine needs about one doctor. */
export interface DoctorSchedule {
  doctorId: string;
  timeZone: string;
  rules: AvailabilityRule[];
  overrides: AvailabilityOverride[];
  busy: BusyInterval[];
  policy: BookingPolicy;
  /** Active services, shortest first. */
  services: { id: string; durationMinutes: number }[];
}

const wallTime = (value: string) => value.slice(0, 5);

/**
 * Loads the schedules of several doctors for an instant range in four queries, however many
 * doctors or days (no query per doctor or per day).
 */
export async function loadSchedules(
  db: Database,
  doctorIds: string[],
  range: { start: Date; end: Date },
): Promise<Map<string, DoctorSchedule>> {
  const result = new Map<string, DoctorSchedule>();
  if (doctorIds.length === 0) return result;

  const [heads, rules, overrides, busy, offered] = await Promise.all([
    db
      .select({
        doctorId: doctorProfiles.userId,
        timeZone: practices.timeZone,
        bufferBeforeMinutes: doctorProfiles.bufferBeforeMinutes,
        bufferAfterMinutes: doctorProfiles.bufferAfterMinutes,
        minimumNoticeMinutes: doctorProfiles.minimumNoticeMinutes,
        bookingHorizonDays: doctorProfiles.bookingHorizonDays,
        maxAppointmentsPerDay: doctorProfiles.maxAppointmentsPerDay,
      })
      .from(doctorProfiles)
      .innerJoin(practices, eq(practices.doctorId, doctorProfiles.userId))
      .where(inArray(doctorProfiles.userId, doctorIds)),
    db.select().from(availabilityRules).where(inArray(availabilityRules.doctorId, doctorIds)),
    // Overrides are local dates: widen by a day each side so every zone's dates are covered.
    db
      .select()
      .from(availabilityOverrides)
      .where(
        and(
          inArray(availabilityOverrides.doctorId, doctorIds),
          sql`${availabilityOverrides.date} between (${range.start.toISOString()}::timestamptz - interval '1 day')::date and (${range.end.toISOString()}::timestamptz + interval '1 day')::date`,
        ),
      ),
    // Busy time, widened by a day so that buffers and daily caps at the edges are right.
    db
      .select({
        doctorId: appointments.doctorId,
        startsAt: appointments.startsAt,
        endsAt: appointments.endsAt,
      })
      .from(appointments)
      .where(
        and(
          inArray(appointments.doctorId, doctorIds),
          // A literal, not a parameter: so the partial index on live appointments' end times
          // (appointments_doctor_live_ends_idx) applies to prepared, generic plans too.
          sql`${appointments.status} <> 'cancelled'`,
          lt(appointments.startsAt, new Date(range.end.getTime() + 86_400_000)),
          gt(appointments.endsAt, new Date(range.start.getTime() - 86_400_000)),
        ),
      )
      .orderBy(asc(appointments.startsAt)),
    db
      .select({
        id: services.id,
        doctorId: services.doctorId,
        durationMinutes: services.durationMinutes,
      })
      .from(services)
      .where(and(inArray(services.doctorId, doctorIds), eq(services.active, true)))
      .orderBy(asc(services.durationMinutes)),
  ]);

  for (const head of heads) {
    result.set(head.doctorId, {
      doctorId: head.doctorId,
      timeZone: head.timeZone,
      rules: [],
      overrides: [],
      busy: [],
      services: [],
      policy: {
        bufferBeforeMinutes: head.bufferBeforeMinutes,
        bufferAfterMinutes: head.bufferAfterMinutes,
        minimumNoticeMinutes: head.minimumNoticeMinutes,
        bookingHorizonDays: head.bookingHorizonDays,
        maxAppointmentsPerDay: head.maxAppointmentsPerDay,
      },
    });
  }
  for (const rule of rules) {
    result.get(rule.doctorId)?.rules.push({
      weekday: rule.weekday as Weekday,
      startTime: wallTime(rule.startTime),
      endTime: wallTime(rule.endTime),
    });
  }
  for (const override of overrides) {
    result.get(override.doctorId)?.overrides.push({
      date: override.date,
      kind: override.kind,
      startTime: override.startTime ? wallTime(override.startTime) : null,
      endTime: override.endTime ? wallTime(override.endTime) : null,
    });
  }
  for (const interval of busy)
    result
      .get(interval.doctorId)
      ?.busy.push({ startsAt: interval.startsAt, endsAt: interval.endsAt });
  for (const service of offered)
    result
      .get(service.doctorId)
      ?.services.push({ id: service.id, durationMinutes: service.durationMinutes });
  return result;
}

/** Free slots of one service of a doctor between two local dates (in the doctor's zone). */
export function freeSlots(
  schedule: DoctorSchedule,
  durationMinutes: number,
  from: string,
  to: string,
  now: Date,
) {
  return computeFreeSlots({
    rules: schedule.rules,
    overrides: schedule.overrides,
    busy: schedule.busy,
    policy: schedule.policy,
    query: { timeZone: schedule.timeZone, from, to, serviceDurationMinutes: durationMinutes, now },
  });
}

/** Local date `days` after `now` in a zone. */
export function localDateAfter(now: Date, days: number, timeZone: string): string {
  return localDateOf(new Date(now.getTime() + days * 86_400_000), timeZone);
}

/** How far ahead the directory looks for a doctor's soonest free slot. */
export const NEXT_AVAILABLE_SEARCH_DAYS = 60;

/**
 * Recomputes the denormalised soonest free slot (of the shortest active service) of the given
 * doctors: what the directory sorts and filters by. Four queries for the whole batch.
 */
export async function refreshNextAvailable(
  db: Database,
  doctorIds: string[],
  now = new Date(),
): Promise<void> {
  if (doctorIds.length === 0) return;
  const end = new Date(now.getTime() + NEXT_AVAILABLE_SEARCH_DAYS * 86_400_000);
  const schedules = await loadSchedules(db, doctorIds, { start: now, end });
  const updates = doctorIds.map((doctorId) => {
    const schedule = schedules.get(doctorId);
    const shortest = schedule?.services[0];
    let next: Date | null = null;
    if (schedule && shortest) {
      const from = localDateOf(now, schedule.timeZone);
      const to = localDateAfter(now, NEXT_AVAILABLE_SEARCH_DAYS, schedule.timeZone);
      next =
        nextFreeSlot({
          rules: schedule.rules,
          overrides: schedule.overrides,
          busy: schedule.busy,
          policy: schedule.policy,
          query: {
            timeZone: schedule.timeZone,
            from,
            to,
            serviceDurationMinutes: shortest.durationMinutes,
            now,
          },
        })?.startsAt ?? null;
    }
    return { doctorId, next };
  });
  // One statement per batch, not one per doctor.
  for (let i = 0; i < updates.length; i += 500) {
    const rows = updates
      .slice(i, i + 500)
      .map(
        ({ doctorId, next }) =>
          sql`(${doctorId}::uuid, ${next?.toISOString() ?? null}::timestamptz)`,
      );
    await db.execute(sql`
      update doctor_profiles as d set next_available_at = v.next
      from (values ${sql.join(rows, sql`, `)}) as v(id, next)
      where d.user_id = v.id`);
  }
}

/** Refreshes every listed doctor's soonest slot, in batches (the periodic job). */
export async function refreshAllNextAvailable(
  db: Database,
  now = new Date(),
  batchSize = 200,
): Promise<number> {
  const ids = await db
    .select({ id: doctorProfiles.userId })
    .from(doctorProfiles)
    .where(eq(doctorProfiles.verificationStatus, "verified"));
  for (let i = 0; i < ids.length; i += batchSize) {
    await refreshNextAvailable(
      db,
      ids.slice(i, i + batchSize).map((row) => row.id),
      now,
    );
  }
  return ids.length;
}

/**
 * After a booking: the doctor's "next available" can only change when the new appointment lands
 * near it (buffers, the daily cap of that day). A booking two days or more after a current, future
 * next-available time leaves it as it is, so the slot search over the whole horizon is skipped.
 */
export async function refreshNextAvailableAfterBooking(
  db: Database,
  doctorId: string,
  startsAt: Date,
  now = new Date(),
): Promise<void> {
  const [row] = await db
    .select({ next: doctorProfiles.nextAvailableAt })
    .from(doctorProfiles)
    .where(eq(doctorProfiles.userId, doctorId));
  const next = row?.next;
  if (next && next > now && startsAt.getTime() >= next.getTime() + 2 * 86_400_000) return;
  await refreshNextAvailable(db, [doctorId], now);
}
