/**
 * Appointment slot engine: which start times can a patient book with one doctor?
 *
 * Pure functions — no database, no clock, no I/O. The caller loads the doctor's rules,
 * overrides, busy intervals and policy, and passes `now`.
 *
 * Semantics
 * 1. Working windows. For each local date D in [from, to] (inclusive, in the doctor's
 *    `timeZone`), the windows are the weekly rules whose weekday is D's weekday, plus every
 *    `extra_hours` override on D (also on a day with no rules). Overlapping or touching
 *    windows are merged (09:00–12:00 + 12:00–13:00 = 09:00–13:00). Then every `time_off`
 *    override on D is subtracted: with times it removes that window; with both times null it
 *    removes the whole day. Time off always wins over extra hours. Times are "HH:MM"; an end
 *    time may be "24:00" (end of the day); a window must have start < end (else RangeError).
 * 2. Local → UTC. Each window is converted for THAT date, so 09:00–17:00 stays 09:00–17:00 on
 *    the clock on both sides of a DST change (on the change day itself too). A wall-clock time
 *    T means "the first instant at which the doctor's clock reads T or later" (see
 *    `local-time.ts`):
 *    - ambiguous times (fall-back) take the EARLIER occurrence, so in America/New_York on
 *      2026-11-01 a 01:00–03:00 window is 01:00 EDT → 03:00 EST = 05:00Z–08:00Z, 3 real hours;
 *    - nonexistent times (spring-forward gap) take the instant the clock jumps, so on
 *      2026-03-08 a 02:00–03:00 window is 07:00Z–07:00Z, i.e. empty (dropped), and a
 *      01:00–03:00 window is 01:00 EST → 03:00 EDT = 06:00Z–07:00Z, 1 real hour.
 *    This conversion does not depend on the server's own time zone.
 * 3. Candidates. Slots start at each window's start and step by `slotStepMinutes` (default:
 *    the service duration) in real elapsed minutes; a slot must fit entirely in its window.
 * 4. Conflicts. A slot [s, e) is free only if [s - bufferBefore, e + bufferAfter) overlaps no
 *    busy interval. All intervals are half-open: touching is fine.
 * 5. Notice and horizon. A slot may not start before `now + minimumNoticeMinutes`, nor after
 *    `now + bookingHorizonDays` calendar days in the doctor's zone (same wall-clock time; e.g.
 *    7 days after 12:00 EST on 2026-03-01 is 12:00 EDT on 2026-03-08). A start exactly at
 *    either bound is allowed.
 * 6. Daily cap. If `maxAppointmentsPerDay` is set, a local date on which at least that many
 *    busy intervals START (local midnight to the next local midnight) offers no slots.
 * 7. Output is sorted by start with no duplicates. Guards (RangeError): `from` after `to`, a
 *    range longer than 62 days, an invalid time zone, malformed dates/times, an empty window,
 *    non-positive duration or step, negative buffers/notice/horizon/cap, invalid `now` or busy
 *    dates, a busy interval ending before it starts.
 * 8. Cost: O(days × windows + slots + busy·log busy). Busy intervals are sorted and merged once,
 *    then swept with a single forward pointer (candidate starts only increase); a blocked
 *    candidate jumps straight to the first grid point after the blocking interval, and the
 *    daily cap uses binary search over the sorted starts. `nextFreeSlot` stops at the first
 *    hit. Timing sanity check (not a test): America/New_York, 2026-03-02..15 (across the DST
 *    change), Mon–Fri 09:00–17:00, 15-minute service and step, 5-minute buffers, 200 busy
 *    intervals in reverse order → ≈0.35 ms per `computeFreeSlots` call and ≈0.2 ms per
 *    `nextFreeSlot` call (warm, 2,000-call loop timed with `performance.now()` under tsx on a
 *    2-core dev container). Most of it is Intl-backed offset look-ups: ~4 wall-clock
 *    conversions per day, 3 `tzOffset` calls each.
 */
import {
  addCalendarDays,
  assertTimeZone,
  calendarDaysBetween,
  formatLocalDate,
  parseLocalDate,
  parseWallTime,
  utcToWallClock,
  wallClockToUtc,
  weekdayOf,
  type LocalDate,
} from "./local-time";
import type { AvailabilityOverride, AvailabilityRule, FreeSlot, SlotInput } from "./types";

/** Longest accepted query range, in local days (inclusive). */
export const MAX_RANGE_DAYS = 62;

const MINUTE_MS = 60_000;

/** A half-open UTC interval in epoch milliseconds. */
interface Interval {
  start: number;
  end: number;
}

/** A wall-clock window in minutes after local midnight (end may be 1440). */
interface WallWindow {
  start: number;
  end: number;
}

interface DayOverrides {
  wholeDayOff: boolean;
  extra: WallWindow[];
  off: WallWindow[];
}

interface Prepared {
  timeZone: string;
  from: LocalDate;
  dayCount: number;
  durationMs: number;
  stepMs: number;
  bufferBeforeMs: number;
  bufferAfterMs: number;
  earliestStart: number;
  latestStart: number;
  maxPerDay: number | null;
  rulesByWeekday: WallWindow[][];
  overridesByDate: Map<string, DayOverrides>;
  /** Busy intervals merged into disjoint, sorted intervals (for conflicts). */
  busyMerged: Interval[];
  /** Start of every busy interval, sorted (for the daily cap). */
  busyStarts: number[];
}

/** Every free slot in the query range, sorted by start. */
export function computeFreeSlots(input: SlotInput): FreeSlot[] {
  return Array.from(freeSlots(prepare(input)));
}

/** The first free slot in the query range (same rules as `computeFreeSlots`), or null. */
export function nextFreeSlot(input: SlotInput): FreeSlot | null {
  for (const slot of freeSlots(prepare(input))) return slot;
  return null;
}

function* freeSlots(p: Prepared): Generator<FreeSlot> {
  const { busyMerged } = p;
  let cursor = 0; // first merged busy interval that may still matter; only moves forward

  for (let i = 0; i < p.dayCount; i++) {
    const date = addCalendarDays(p.from, i);
    const dayStart = wallClockToUtc(date, 0, p.timeZone).getTime();
    if (dayStart > p.latestStart) return;
    const dayEnd = wallClockToUtc(date, 1440, p.timeZone).getTime();
    if (dayEnd <= p.earliestStart) continue; // every slot of this day would start too early

    if (p.maxPerDay !== null) {
      const startsToday = lowerBound(p.busyStarts, dayEnd) - lowerBound(p.busyStarts, dayStart);
      if (startsToday >= p.maxPerDay) continue;
    }

    for (const window of dayWindows(p, date)) {
      let t = window.start;
      if (t < p.earliestStart) t += ceilDiv(p.earliestStart - t, p.stepMs) * p.stepMs;
      while (t + p.durationMs <= window.end) {
        if (t > p.latestStart) return;
        const probeStart = t - p.bufferBeforeMs;
        const probeEnd = t + p.durationMs + p.bufferAfterMs;
        let blocker = busyMerged[cursor];
        while (blocker !== undefined && blocker.end <= probeStart) blocker = busyMerged[++cursor];
        if (blocker !== undefined && blocker.start < probeEnd) {
          // Jump to the first grid point whose buffered start clears the blocker.
          t += ceilDiv(blocker.end + p.bufferBeforeMs - t, p.stepMs) * p.stepMs;
          continue;
        }
        yield { startsAt: new Date(t), endsAt: new Date(t + p.durationMs) };
        t += p.stepMs;
      }
    }
  }
}

/** The day's working windows in UTC: sorted, disjoint, non-empty. */
function dayWindows(p: Prepared, date: LocalDate): Interval[] {
  const overrides = p.overridesByDate.get(formatLocalDate(date));
  if (overrides?.wholeDayOff) return [];
  const toUtc = (w: WallWindow): Interval => ({
    start: wallClockToUtc(date, w.start, p.timeZone).getTime(),
    end: wallClockToUtc(date, w.end, p.timeZone).getTime(),
  });
  const open = [...(p.rulesByWeekday[weekdayOf(date)] ?? []), ...(overrides?.extra ?? [])].map(
    toUtc,
  );
  const windows = mergeIntervals(open);
  if (!overrides || overrides.off.length === 0) return windows;
  return subtractIntervals(windows, mergeIntervals(overrides.off.map(toUtc)));
}

function prepare(input: SlotInput): Prepared {
  const { rules, overrides, busy, policy, query } = input;

  assertTimeZone(query.timeZone);
  const from = parseLocalDate(query.from);
  const to = parseLocalDate(query.to);
  const span = calendarDaysBetween(from, to);
  if (span < 0) {
    throw new RangeError(`Invalid slot range: from (${query.from}) is after to (${query.to})`);
  }
  if (span + 1 > MAX_RANGE_DAYS) {
    throw new RangeError(
      `Invalid slot range: ${query.from}..${query.to} is ${span + 1} days; at most ${MAX_RANGE_DAYS} are allowed`,
    );
  }
  const now = instant(query.now, "query.now");

  const durationMinutes = positiveInteger(query.serviceDurationMinutes, "serviceDurationMinutes");
  const stepMinutes =
    policy.slotStepMinutes === undefined
      ? durationMinutes
      : positiveInteger(policy.slotStepMinutes, "slotStepMinutes");
  const bufferBefore = nonNegativeInteger(policy.bufferBeforeMinutes, "bufferBeforeMinutes");
  const bufferAfter = nonNegativeInteger(policy.bufferAfterMinutes, "bufferAfterMinutes");
  const notice = nonNegativeInteger(policy.minimumNoticeMinutes, "minimumNoticeMinutes");
  const horizonDays = nonNegativeInteger(policy.bookingHorizonDays, "bookingHorizonDays");
  const maxPerDay =
    policy.maxAppointmentsPerDay === null
      ? null
      : nonNegativeInteger(policy.maxAppointmentsPerDay, "maxAppointmentsPerDay");

  // Horizon: the same wall-clock time `horizonDays` calendar days later, in the doctor's zone.
  const nowLocal = utcToWallClock(now, query.timeZone);
  const subMinute = ((now.getTime() % MINUTE_MS) + MINUTE_MS) % MINUTE_MS;
  const horizon =
    wallClockToUtc(
      addCalendarDays(nowLocal.date, horizonDays),
      nowLocal.minutesAfterMidnight,
      query.timeZone,
    ).getTime() + subMinute;

  const busyIntervals: Interval[] = busy.map((b, i) => {
    const start = instant(b.startsAt, `busy[${i}].startsAt`).getTime();
    const end = instant(b.endsAt, `busy[${i}].endsAt`).getTime();
    if (end < start) throw new RangeError(`busy[${i}] ends before it starts`);
    return { start, end };
  });

  return {
    timeZone: query.timeZone,
    from,
    dayCount: span + 1,
    durationMs: durationMinutes * MINUTE_MS,
    stepMs: stepMinutes * MINUTE_MS,
    bufferBeforeMs: bufferBefore * MINUTE_MS,
    bufferAfterMs: bufferAfter * MINUTE_MS,
    earliestStart: now.getTime() + notice * MINUTE_MS,
    latestStart: Math.max(horizon, now.getTime()),
    maxPerDay,
    rulesByWeekday: groupRules(rules),
    overridesByDate: groupOverrides(overrides),
    busyMerged: mergeIntervals(busyIntervals),
    busyStarts: busyIntervals.map((b) => b.start).sort((a, b) => a - b),
  };
}

function groupRules(rules: readonly AvailabilityRule[]): WallWindow[][] {
  const byWeekday: WallWindow[][] = [[], [], [], [], [], [], []];
  rules.forEach((rule, i) => {
    const list = Number.isInteger(rule.weekday) ? byWeekday[rule.weekday] : undefined;
    if (!list) throw new RangeError(`rules[${i}].weekday must be an integer 0–6 (0 = Sunday)`);
    list.push(wallWindow(rule.startTime, rule.endTime, `rules[${i}]`));
  });
  return byWeekday;
}

function groupOverrides(overrides: readonly AvailabilityOverride[]): Map<string, DayOverrides> {
  const byDate = new Map<string, DayOverrides>();
  overrides.forEach((o, i) => {
    const where = `overrides[${i}]`;
    const key = formatLocalDate(parseLocalDate(o.date));
    let day = byDate.get(key);
    if (!day) {
      day = { wholeDayOff: false, extra: [], off: [] };
      byDate.set(key, day);
    }
    if (o.startTime === null && o.endTime === null) {
      if (o.kind !== "time_off") {
        throw new RangeError(`${where}: extra_hours needs a startTime and an endTime`);
      }
      day.wholeDayOff = true;
      return;
    }
    if (o.startTime === null || o.endTime === null) {
      throw new RangeError(`${where}: startTime and endTime must both be set or both be null`);
    }
    const window = wallWindow(o.startTime, o.endTime, where);
    if (o.kind === "time_off") day.off.push(window);
    else if (o.kind === "extra_hours") day.extra.push(window);
    else throw new RangeError(`${where}: unknown kind ${JSON.stringify(o.kind)}`);
  });
  return byDate;
}

function wallWindow(startTime: string, endTime: string, where: string): WallWindow {
  const start = parseWallTime(startTime);
  const end = parseWallTime(endTime, true);
  if (end <= start) {
    throw new RangeError(`${where}: endTime ${endTime} must be after startTime ${startTime}`);
  }
  return { start, end };
}

/** Sorted, disjoint union of the non-empty intervals; touching intervals are joined. */
function mergeIntervals(intervals: readonly Interval[]): Interval[] {
  const sorted = intervals.filter((x) => x.end > x.start).sort((a, b) => a.start - b.start);
  const merged: Interval[] = [];
  for (const x of sorted) {
    const last = merged[merged.length - 1];
    if (last && x.start <= last.end) last.end = Math.max(last.end, x.end);
    else merged.push({ start: x.start, end: x.end });
  }
  return merged;
}

/** `base` minus `cuts`; both sorted and disjoint. Result sorted, disjoint, non-empty. */
function subtractIntervals(base: readonly Interval[], cuts: readonly Interval[]): Interval[] {
  const out: Interval[] = [];
  let c = 0;
  for (const b of base) {
    let start = b.start;
    while (c < cuts.length && (cuts[c]?.end ?? Infinity) <= start) c++;
    for (let k = c; k < cuts.length; k++) {
      const cut = cuts[k];
      if (!cut || cut.start >= b.end) break;
      if (cut.start > start) out.push({ start, end: cut.start });
      start = Math.max(start, cut.end);
      if (start >= b.end) break;
    }
    if (start < b.end) out.push({ start, end: b.end });
  }
  return out;
}

/** Index of the first element >= value in a sorted array. */
function lowerBound(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] ?? Infinity) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function ceilDiv(a: number, b: number): number {
  return Math.max(0, Math.ceil(a / b));
}

function instant(value: Date, name: string): Date {
  if (!(value instanceof Date) || Number.isNaN(value.getTime())) {
    throw new RangeError(`${name} must be a valid Date`);
  }
  return value;
}

function positiveInteger(value: number, name: string): number {
  if (!Number.isInteger(value) || value <= 0) {
    throw new RangeError(`${name} must be a positive integer (got ${String(value)})`);
  }
  return value;
}

function nonNegativeInteger(value: number, name: string): number {
  if (!Number.isInteger(value) || value < 0) {
    throw new RangeError(`${name} must be a non-negative integer (got ${String(value)})`);
  }
  return value;
}
