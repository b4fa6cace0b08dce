/**
 * Input and output types of the appointment slot engine (see `slots.ts`).
 *
 * Conventions:
 * - Instants are JS `Date` values (UTC timestamps).
 * - Wall-clock times are `"HH:MM"` strings (24-hour clock) in the doctor's time zone;
 *   `"24:00"` is accepted as an end time and means the end of that local day.
 * - Calendar dates are `"YYYY-MM-DD"` strings, local to the doctor's time zone.
 */

/** 0 = Sunday … 6 = Saturday, as in `Date.prototype.getDay`. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/** A recurring weekly working window, in the doctor's time zone. */
export interface AvailabilityRule {
  /** Local weekday in the doctor's zone; 0 = Sunday. */
  weekday: Weekday;
  /** "HH:MM", inclusive. */
  startTime: string;
  /** "HH:MM" (or "24:00"), exclusive; must be after `startTime`. */
  endTime: string;
}

/** A one-off change to the weekly rules on one local date. */
export interface AvailabilityOverride {
  /** Local date ("YYYY-MM-DD") in the doctor's zone. */
  date: string;
  /** `time_off` removes time; `extra_hours` adds a window. */
  kind: "time_off" | "extra_hours";
  /** Both null = the whole day (only valid for `time_off`). */
  startTime: string | null;
  endTime: string | null;
}

/** Time the doctor is already taken: non-cancelled appointments and holds. Half-open. */
export interface BusyInterval {
  startsAt: Date;
  endsAt: Date;
}

export interface BookingPolicy {
  /** Free time required before a slot (e.g. preparation). */
  bufferBeforeMinutes: number;
  /** Free time required after a slot (e.g. notes, cleaning). */
  bufferAfterMinutes: number;
  /** Earliest bookable start is `now + minimumNoticeMinutes`. */
  minimumNoticeMinutes: number;
  /** Latest bookable start is `now` plus this many calendar days in the doctor's zone. */
  bookingHorizonDays: number;
  /** A local day with this many busy intervals starting on it offers no slots; null = no cap. */
  maxAppointmentsPerDay: number | null;
  /** Distance between candidate starts; defaults to the service duration. */
  slotStepMinutes?: number;
}

export interface SlotQuery {
  /** IANA time zone of the doctor, e.g. "Europe/Berlin". */
  timeZone: string;
  /** First local date ("YYYY-MM-DD"), inclusive. */
  from: string;
  /** Last local date ("YYYY-MM-DD"), inclusive. */
  to: string;
  serviceDurationMinutes: number;
  /** The current instant (injected so the engine stays pure and testable). */
  now: Date;
}

export interface SlotInput {
  rules: readonly AvailabilityRule[];
  overrides: readonly AvailabilityOverride[];
  busy: readonly BusyInterval[];
  policy: BookingPolicy;
  query: SlotQuery;
}

/** A bookable slot: `[startsAt, endsAt)`. */
export interface FreeSlot {
  startsAt: Date;
  endsAt: Date;
}
