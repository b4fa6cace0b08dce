import { STATUS, type AppointmentPlan, type ScaleContext } from "./context";
import { createRandom } from "./prng";
import { zonedInstant } from "./zoned-time";

const DAY = 86_400_000;
/** Two years of appointments: 22 months back, 2 months ahead (inside the booking horizon). */
export const PAST_DAYS = 670;
export const FUTURE_DAYS = 56;
/** Half-hour grid of a working day, 09:00–17:00 local. */
const SLOTS_PER_DAY = 16;
const DAY_START_MINUTES = 9 * 60;
/** With a lunch break, 12:30–13:30 (grid slots 7 and 8) is not worked. */
const LUNCH = new Set([7, 8]);
export const MINIMUM_NOTICE_MINUTES = 120;

/** The weekdays (Mon–Fri) of the period, as UTC midnights of the local calendar dates. */
export function workingDays(now: number): number[] {
  const first = Math.floor(now / DAY) * DAY - PAST_DAYS * DAY;
  const days: number[] = [];
  for (let day = first; day <= first + (PAST_DAYS + FUTURE_DAYS) * DAY; day += DAY) {
    const weekday = new Date(day).getUTCDay();
    if (weekday !== 0 && weekday !== 6) days.push(day);
  }
  return days;
}

/**
 * Plans every appointment in memory: for each doctor an exact number of distinct half-hour grid
 * positions inside their weekly hours (selection sampling, so in order and never overlapping; a
 * 60-minute visit takes two adjacent positions), a patient, a service and a status by time.
 */
export function planAppointments(ctx: Omit<ScaleContext, "plan">): AppointmentPlan {
  const { size, now } = ctx;
  const random = createRandom(ctx.seed, 5);
  const days = workingDays(now);
  const positions = days.length * SLOTS_PER_DAY;
  const count = size.appointments;
  const plan: AppointmentPlan = {
    count,
    doctor: new Int32Array(count),
    patient: new Int32Array(count),
    service: new Uint8Array(count),
    startsAt: new Float64Array(count),
    endsAt: new Float64Array(count),
    status: new Uint8Array(count),
    completed: new Int32Array(0),
    nextAvailableAt: new Float64Array(size.doctors),
  };
  const earliestBookable = now + MINIMUM_NOTICE_MINUTES * 60_000;
  const completed: number[] = [];
  // 09:00 local of each working day, per zone (DST changes at night, so the day's grid is even).
  const dayStarts = new Map<string, Float64Array>();
  const dayStartsOf = (timeZone: string) => {
    let starts = dayStarts.get(timeZone);
    if (!starts) {
      starts = Float64Array.from(days, (day) => zonedInstant(timeZone, day, DAY_START_MINUTES));
      dayStarts.set(timeZone, starts);
    }
    return starts;
  };
  let n = 0;
  for (let d = 0; d < size.doctors; d++) {
    const timeZone = ctx.cities[ctx.doctorCity[d] ?? 0]?.timeZone ?? "America/New_York";
    const lunch = ctx.doctorLunch[d] === 1;
    const starts = dayStartsOf(timeZone);
    const wanted = Math.floor(count / size.doctors) + (d < count % size.doctors ? 1 : 0);
    let chosen = 0;
    let nextFree = 0;
    for (let p = 0; p < positions && chosen < wanted; p++) {
      const slot = p % SLOTS_PER_DAY;
      if (lunch && LUNCH.has(slot)) continue;
      const start = (starts[Math.floor(p / SLOTS_PER_DAY)] ?? 0) + slot * 30 * 60_000;
      const left = positions - p;
      const take = wanted - chosen >= left || random.next() * left < (wanted - chosen) * 1.15;
      if (!take) {
        if (nextFree === 0 && start >= earliestBookable) nextFree = start;
        continue;
      }
      // A long visit needs the next grid position too (same block, not over lunch or 17:00).
      const canBeLong =
        slot + 1 < SLOTS_PER_DAY && !(lunch && LUNCH.has(slot + 1)) && left > wanted - chosen + 2;
      const roll = random.next();
      const service = canBeLong && roll < 0.15 ? 2 : roll < 0.45 ? 1 : 0;
      const minutes = service === 2 ? 60 : service === 1 ? 20 : 30;
      plan.doctor[n] = d;
      plan.patient[n] = random.int(0, size.patients - 1);
      plan.service[n] = service;
      plan.startsAt[n] = start;
      plan.endsAt[n] = start + minutes * 60_000;
      const status =
        start >= now
          ? random.chance(0.07)
            ? STATUS.cancelled
            : STATUS.booked
          : ((r) => (r < 0.8 ? STATUS.completed : r < 0.92 ? STATUS.cancelled : STATUS.no_show))(
              random.next(),
            );
      plan.status[n] = status;
      if (status === STATUS.completed) completed.push(n);
      if (service === 2) p++;
      chosen++;
      n++;
    }
    plan.nextAvailableAt[d] = nextFree;
  }
  plan.count = n;
  plan.completed = Int32Array.from(completed);
  return plan;
}
