import { describe, expect, it } from "vitest";
import { computeFreeSlots, nextFreeSlot } from "./slots";
import type {
  AvailabilityOverride,
  AvailabilityRule,
  BookingPolicy,
  BusyInterval,
  SlotInput,
  Weekday,
} from "./types";

// Most cases use Europe/Berlin in January 2026: CET = UTC+1, so local 09:00 = 08:00Z.
// 2026-01-05 is a Monday.
const BERLIN = "Europe/Berlin";
const NY = "America/New_York";

const MON: Weekday = 1;
const TUE: Weekday = 2;
const WED: Weekday = 3;
const SAT: Weekday = 6;
const SUN: Weekday = 0;

const rule = (weekday: Weekday, startTime: string, endTime: string): AvailabilityRule => ({
  weekday,
  startTime,
  endTime,
});
const off = (date: string, startTime: string | null = null, endTime: string | null = null) =>
  ({ date, kind: "time_off", startTime, endTime }) satisfies AvailabilityOverride;
const extra = (date: string, startTime: string, endTime: string) =>
  ({ date, kind: "extra_hours", startTime, endTime }) satisfies AvailabilityOverride;
const busy = (startsAt: string, endsAt: string): BusyInterval => ({
  startsAt: new Date(startsAt),
  endsAt: new Date(endsAt),
});

interface Case {
  rules?: AvailabilityRule[];
  overrides?: AvailabilityOverride[];
  busy?: BusyInterval[];
  policy?: Partial<BookingPolicy>;
  timeZone?: string;
  from: string;
  to?: string;
  duration?: number;
  now?: string;
}

function input(c: Case): SlotInput {
  return {
    rules: c.rules ?? [],
    overrides: c.overrides ?? [],
    busy: c.busy ?? [],
    policy: {
      bufferBeforeMinutes: 0,
      bufferAfterMinutes: 0,
      minimumNoticeMinutes: 0,
      bookingHorizonDays: 365,
      maxAppointmentsPerDay: null,
      ...c.policy,
    },
    query: {
      timeZone: c.timeZone ?? BERLIN,
      from: c.from,
      to: c.to ?? c.from,
      serviceDurationMinutes: c.duration ?? 60,
      now: new Date(c.now ?? "2026-01-01T00:00:00Z"),
    },
  };
}

/** Slot starts as UTC ISO strings. */
function starts(c: Case): string[] {
  return computeFreeSlots(input(c)).map((s) => s.startsAt.toISOString());
}

/** "2026-01-05", ["08:00", "09:00"] → ISO strings, for compact expectations in UTC. */
const at = (date: string, times: string[]) => times.map((t) => `${date}T${t}:00.000Z`);

describe("computeFreeSlots: availability", () => {
  it("applies weekly rules to the matching weekdays only", () => {
    const slots = computeFreeSlots(
      input({
        rules: [rule(MON, "09:00", "12:00"), rule(WED, "14:00", "16:00")],
        from: "2026-01-05", // Monday
        to: "2026-01-11", // Sunday
      }),
    );
    expect(slots.map((s) => [s.startsAt.toISOString(), s.endsAt.toISOString()])).toEqual([
      // Monday 09:00, 10:00, 11:00 CET
      ["2026-01-05T08:00:00.000Z", "2026-01-05T09:00:00.000Z"],
      ["2026-01-05T09:00:00.000Z", "2026-01-05T10:00:00.000Z"],
      ["2026-01-05T10:00:00.000Z", "2026-01-05T11:00:00.000Z"],
      // Wednesday 14:00, 15:00 CET
      ["2026-01-07T13:00:00.000Z", "2026-01-07T14:00:00.000Z"],
      ["2026-01-07T14:00:00.000Z", "2026-01-07T15:00:00.000Z"],
    ]);
  });

  it("uses every window of a day, and a slot must fit inside its window", () => {
    // 45-minute service; windows 09:00–11:00 and 13:00–14:30 CET.
    expect(
      starts({
        rules: [rule(MON, "13:00", "14:30"), rule(MON, "09:00", "11:00")],
        from: "2026-01-05",
        duration: 45,
      }),
    ).toEqual(at("2026-01-05", ["08:00", "08:45", "12:00", "12:45"])); // 09:00, 09:45, 13:00, 13:45 CET
  });

  it("merges overlapping and touching windows before laying out slots", () => {
    // 09:00–10:00 + 09:30–11:00 = 09:00–11:00; 11:00–11:30 touches it → 09:00–11:30 CET.
    expect(
      starts({
        rules: [
          rule(MON, "09:00", "10:00"),
          rule(MON, "09:30", "11:00"),
          rule(MON, "11:00", "11:30"),
        ],
        from: "2026-01-05",
        duration: 30,
      }),
    ).toEqual(at("2026-01-05", ["08:00", "08:30", "09:00", "09:30", "10:00"])); // 09:00 … 11:00 CET
  });

  it("accepts 24:00 as the end of a window", () => {
    expect(starts({ rules: [rule(MON, "22:00", "24:00")], from: "2026-01-05" })).toEqual(
      at("2026-01-05", ["21:00", "22:00"]), // 22:00 and 23:00 CET
    );
  });

  it("removes the whole day for a time_off without times", () => {
    expect(
      starts({
        rules: [rule(MON, "09:00", "11:00"), rule(TUE, "09:00", "11:00")],
        overrides: [off("2026-01-05")],
        from: "2026-01-05",
        to: "2026-01-06",
      }),
    ).toEqual(at("2026-01-06", ["08:00", "09:00"])); // only Tuesday 09:00, 10:00 CET
  });

  it("subtracts a partial time_off window", () => {
    // 09:00–13:00 minus 10:30–11:00 leaves 09:00–10:30 and 11:00–13:00 CET.
    expect(
      starts({
        rules: [rule(MON, "09:00", "13:00")],
        overrides: [off("2026-01-05", "10:30", "11:00")],
        from: "2026-01-05",
      }),
    ).toEqual(at("2026-01-05", ["08:00", "10:00", "11:00"])); // 09:00, 11:00, 12:00 CET
  });

  it("ignores overrides on other dates", () => {
    expect(
      starts({
        rules: [rule(MON, "09:00", "11:00")],
        overrides: [off("2026-01-12"), extra("2026-01-04", "09:00", "10:00")],
        from: "2026-01-05",
      }),
    ).toEqual(at("2026-01-05", ["08:00", "09:00"]));
  });

  it("adds extra hours on a day without rules", () => {
    // Saturday 2026-01-10 has no rule; extra 10:00–12:00 CET.
    expect(
      starts({
        rules: [rule(MON, "09:00", "10:00")],
        overrides: [extra("2026-01-10", "10:00", "12:00")],
        from: "2026-01-10",
      }),
    ).toEqual(at("2026-01-10", ["09:00", "10:00"])); // 10:00, 11:00 CET
  });

  it("merges extra hours with the day's rules", () => {
    // 09:00–12:00 ∪ 11:00–14:00 = 09:00–14:00 CET.
    expect(
      starts({
        rules: [rule(MON, "09:00", "12:00")],
        overrides: [extra("2026-01-05", "11:00", "14:00")],
        from: "2026-01-05",
      }),
    ).toEqual(at("2026-01-05", ["08:00", "09:00", "10:00", "11:00", "12:00"])); // 09–13 CET
  });

  it("lets time off win over extra hours on the same date", () => {
    expect(
      starts({
        overrides: [extra("2026-01-10", "10:00", "12:00"), off("2026-01-10", "11:00", "12:00")],
        from: "2026-01-10",
      }),
    ).toEqual(at("2026-01-10", ["09:00"])); // 10:00 CET
    expect(
      starts({
        overrides: [extra("2026-01-10", "10:00", "12:00"), off("2026-01-10")],
        from: "2026-01-10",
      }),
    ).toEqual([]);
  });

  it("lays out candidates by a slot step smaller than the duration", () => {
    // 09:00–11:00 CET, 60-minute service every 15 minutes.
    expect(
      starts({
        rules: [rule(MON, "09:00", "11:00")],
        policy: { slotStepMinutes: 15 },
        from: "2026-01-05",
      }),
    ).toEqual(at("2026-01-05", ["08:00", "08:15", "08:30", "08:45", "09:00"])); // 09:00 … 10:00
  });
});

describe("computeFreeSlots: bookings and buffers", () => {
  // Monday 09:00–13:00 CET with an existing booking 10:00–11:00 CET (09:00Z–10:00Z).
  const day: Case = {
    rules: [rule(MON, "09:00", "13:00")],
    busy: [busy("2026-01-05T09:00:00Z", "2026-01-05T10:00:00Z")],
    from: "2026-01-05",
  };

  it("allows slots that touch an existing booking (half-open intervals)", () => {
    // 09:00–10:00 ends when the booking starts; 11:00–12:00 starts when it ends.
    expect(starts(day)).toEqual(at("2026-01-05", ["08:00", "10:00", "11:00"])); // 09, 11, 12 CET
  });

  it("keeps the buffer before a slot clear of bookings", () => {
    // 15 min before: 11:00 needs 10:45–12:00 free, which overlaps the booking (until 11:00).
    // 09:00 needs 08:45–10:00: touches the booking, fine.
    expect(starts({ ...day, policy: { bufferBeforeMinutes: 15 } })).toEqual(
      at("2026-01-05", ["08:00", "11:00"]), // 09:00, 12:00 CET
    );
  });

  it("keeps the buffer after a slot clear of bookings", () => {
    // 15 min after: 09:00 needs 09:00–10:15 free, which overlaps the booking (from 10:00).
    expect(starts({ ...day, policy: { bufferAfterMinutes: 15 } })).toEqual(
      at("2026-01-05", ["10:00", "11:00"]), // 11:00, 12:00 CET
    );
  });

  it("combines buffers with a finer slot step", () => {
    // Step 30, 15 min before: 09:00 ✓ (ends as the booking starts), 09:30 ✗ (runs to 10:30),
    // 10:00 ✗, 10:30 ✗, 11:00 ✗ (buffer 10:45–11:00 overlaps), 11:30 ✓ (buffer from 11:15),
    // 12:00 ✓ (12:00–13:00 fits the window).
    expect(starts({ ...day, policy: { bufferBeforeMinutes: 15, slotStepMinutes: 30 } })).toEqual(
      at("2026-01-05", ["08:00", "10:30", "11:00"]), // 09:00, 11:30, 12:00 CET
    );
  });

  it("does not let buffers reach outside the window as a reason to drop a slot", () => {
    // Buffers only protect against bookings; the first slot may start at the window start.
    expect(
      starts({
        rules: [rule(MON, "09:00", "11:00")],
        policy: { bufferBeforeMinutes: 30, bufferAfterMinutes: 30 },
        from: "2026-01-05",
      }),
    ).toEqual(at("2026-01-05", ["08:00", "09:00"]));
  });

  it("handles several unsorted, overlapping bookings", () => {
    // 30-minute slots 09:00–13:00 CET; bookings 12:00–12:30, 09:15–09:45, 09:30–10:15 CET.
    expect(
      starts({
        rules: [rule(MON, "09:00", "13:00")],
        busy: [
          busy("2026-01-05T11:00:00Z", "2026-01-05T11:30:00Z"),
          busy("2026-01-05T08:15:00Z", "2026-01-05T08:45:00Z"),
          busy("2026-01-05T08:30:00Z", "2026-01-05T09:15:00Z"),
        ],
        duration: 30,
        from: "2026-01-05",
      }),
    ).toEqual(
      // 10:30, 11:00, 11:30, 12:30 CET (09:00–10:30 and 12:00 are taken)
      at("2026-01-05", ["09:30", "10:00", "10:30", "11:30"]),
    );
  });

  it("considers bookings on other days and outside working hours harmlessly", () => {
    expect(
      starts({
        rules: [rule(MON, "09:00", "11:00"), rule(TUE, "09:00", "11:00")],
        busy: [
          busy("2026-01-04T08:00:00Z", "2026-01-04T09:00:00Z"), // Sunday
          busy("2026-01-05T06:00:00Z", "2026-01-05T08:00:00Z"), // Monday 07:00–09:00 CET
          busy("2026-01-06T09:00:00Z", "2026-01-06T09:30:00Z"), // Tuesday 10:00–10:30 CET
        ],
        from: "2026-01-05",
        to: "2026-01-06",
      }),
    ).toEqual([...at("2026-01-05", ["08:00", "09:00"]), ...at("2026-01-06", ["08:00"])]);
  });

  it("blocks a whole window with one long booking", () => {
    expect(
      starts({
        rules: [rule(MON, "09:00", "11:00"), rule(TUE, "09:00", "10:00")],
        busy: [busy("2026-01-04T00:00:00Z", "2026-01-06T00:00:00Z")],
        from: "2026-01-05",
        to: "2026-01-06",
      }),
    ).toEqual(at("2026-01-06", ["08:00"]));
  });
});

describe("computeFreeSlots: notice, horizon and daily cap", () => {
  it("respects the minimum notice when now is in the middle of a day", () => {
    // now = 10:20 CET, notice 60 min → earliest start 11:20 CET → first slot 12:00 CET.
    expect(
      starts({
        rules: [rule(MON, "09:00", "15:00")],
        policy: { minimumNoticeMinutes: 60 },
        now: "2026-01-05T09:20:00Z",
        from: "2026-01-05",
      }),
    ).toEqual(at("2026-01-05", ["11:00", "12:00", "13:00"])); // 12:00, 13:00, 14:00 CET
  });

  it("allows a slot starting exactly at now + notice", () => {
    // now = 10:00 CET, notice 60 → 11:00 CET is allowed. Step 30: 11:00, 11:30, 12:00 CET.
    expect(
      starts({
        rules: [rule(MON, "09:00", "13:00")],
        policy: { minimumNoticeMinutes: 60, slotStepMinutes: 30 },
        now: "2026-01-05T09:00:00Z",
        from: "2026-01-05",
      }),
    ).toEqual(at("2026-01-05", ["10:00", "10:30", "11:00"]));
  });

  it("keeps the slot grid anchored at the window start, not at now", () => {
    // now = 09:07 CET, no notice: 09:00 is past, next grid point 09:30 CET.
    expect(
      starts({
        rules: [rule(MON, "09:00", "10:30")],
        duration: 30,
        now: "2026-01-05T08:07:00Z",
        from: "2026-01-05",
      }),
    ).toEqual(at("2026-01-05", ["08:30", "09:00"])); // 09:30, 10:00 CET
  });

  it("offers nothing in the past", () => {
    expect(
      starts({
        rules: [rule(MON, "09:00", "17:00")],
        now: "2026-01-06T12:00:00Z",
        from: "2026-01-05",
      }),
    ).toEqual([]);
  });

  it("stops at the booking horizon (inclusive)", () => {
    // now = Monday 12:00 CET, horizon 2 days → latest start Wednesday 12:00 CET (11:00Z).
    expect(
      starts({
        rules: [
          rule(MON, "09:00", "14:00"),
          rule(TUE, "09:00", "10:00"),
          rule(WED, "09:00", "14:00"),
        ],
        policy: { bookingHorizonDays: 2 },
        now: "2026-01-05T11:00:00Z",
        from: "2026-01-05",
        to: "2026-01-09",
      }),
    ).toEqual([
      ...at("2026-01-05", ["11:00", "12:00"]), // Mon 12:00, 13:00 CET
      ...at("2026-01-06", ["08:00"]), // Tue 09:00 CET
      ...at("2026-01-07", ["08:00", "09:00", "10:00", "11:00"]), // Wed 09:00 … 12:00 CET
    ]);
  });

  it("counts the horizon in calendar days of the doctor's zone across DST", () => {
    // now = Sunday 2026-03-01 12:00 EST (17:00Z); 7 days later is Sunday 2026-03-08 12:00 EDT
    // = 16:00Z (not 17:00Z, which 7 × 24 h would give).
    expect(
      starts({
        timeZone: NY,
        rules: [rule(SUN, "09:00", "17:00")],
        policy: { bookingHorizonDays: 7 },
        now: "2026-03-01T17:00:00Z",
        from: "2026-03-08",
      }),
    ).toEqual(at("2026-03-08", ["13:00", "14:00", "15:00", "16:00"])); // 09:00 … 12:00 EDT
  });

  it("closes a day that already has maxAppointmentsPerDay bookings starting on it", () => {
    const base: Case = {
      rules: [rule(MON, "09:00", "12:00"), rule(TUE, "09:00", "12:00")],
      policy: { maxAppointmentsPerDay: 2 },
      from: "2026-01-05",
      to: "2026-01-06",
    };
    // Monday: two bookings (08:00–08:30 and 15:00–16:00 CET), both outside working hours.
    expect(
      starts({
        ...base,
        busy: [
          busy("2026-01-05T07:00:00Z", "2026-01-05T07:30:00Z"),
          busy("2026-01-05T14:00:00Z", "2026-01-05T15:00:00Z"),
          busy("2026-01-06T14:00:00Z", "2026-01-06T15:00:00Z"), // Tuesday: one
        ],
      }),
    ).toEqual(at("2026-01-06", ["08:00", "09:00", "10:00"])); // Tuesday 09:00, 10:00, 11:00 CET
  });

  it("counts bookings by their local start date, not the UTC date", () => {
    const base: Case = {
      rules: [rule(MON, "09:00", "11:00")],
      policy: { maxAppointmentsPerDay: 2 },
      from: "2026-01-05",
    };
    const mondayBooking = busy("2026-01-05T14:00:00Z", "2026-01-05T15:00:00Z"); // 15:00 CET
    // Sunday 23:30 CET → Monday 01:30 CET: starts on Sunday locally, so Monday has 1 → open.
    expect(
      starts({
        ...base,
        busy: [mondayBooking, busy("2026-01-04T22:30:00Z", "2026-01-05T00:30:00Z")],
      }),
    ).toEqual(at("2026-01-05", ["08:00", "09:00"]));
    // Monday 00:30 CET is 2026-01-04T23:30Z (a Sunday in UTC) but Monday locally → closed.
    expect(
      starts({
        ...base,
        busy: [mondayBooking, busy("2026-01-04T23:30:00Z", "2026-01-05T00:00:00Z")],
      }),
    ).toEqual([]);
  });

  it("with maxAppointmentsPerDay = 0 offers nothing; null means no cap", () => {
    const c: Case = {
      rules: [rule(MON, "09:00", "10:00")],
      from: "2026-01-05",
    };
    expect(starts({ ...c, policy: { maxAppointmentsPerDay: 0 } })).toEqual([]);
    expect(starts({ ...c, policy: { maxAppointmentsPerDay: null } })).toEqual(
      at("2026-01-05", ["08:00"]),
    );
  });
});

describe("computeFreeSlots: daylight saving time", () => {
  // 09:00–17:00 on Saturday, the transition Sunday and the Monday after; 2-hour service, so
  // each day has 09:00, 11:00, 13:00, 15:00 local.
  const weekend = [
    rule(SAT, "09:00", "17:00"),
    rule(SUN, "09:00", "17:00"),
    rule(MON, "09:00", "17:00"),
  ];
  const run = (timeZone: string, from: string, to: string) =>
    starts({ timeZone, rules: weekend, duration: 120, from, to });

  it("America/New_York spring forward (2026-03-08): EST Saturday, EDT Sunday and Monday", () => {
    expect(run(NY, "2026-03-07", "2026-03-09")).toEqual([
      ...at("2026-03-07", ["14:00", "16:00", "18:00", "20:00"]), // Sat 09–15:00 EST (UTC-5)
      ...at("2026-03-08", ["13:00", "15:00", "17:00", "19:00"]), // Sun 09–15:00 EDT (UTC-4)
      ...at("2026-03-09", ["13:00", "15:00", "17:00", "19:00"]), // Mon 09–15:00 EDT
    ]);
  });

  it("America/New_York fall back (2026-11-01): EDT Saturday, EST Sunday and Monday", () => {
    expect(run(NY, "2026-10-31", "2026-11-02")).toEqual([
      ...at("2026-10-31", ["13:00", "15:00", "17:00", "19:00"]), // Sat 09–15:00 EDT (UTC-4)
      ...at("2026-11-01", ["14:00", "16:00", "18:00", "20:00"]), // Sun 09–15:00 EST (UTC-5)
      ...at("2026-11-02", ["14:00", "16:00", "18:00", "20:00"]), // Mon 09–15:00 EST
    ]);
  });

  it("Europe/Berlin spring forward (2026-03-29): CET Saturday, CEST Sunday and Monday", () => {
    expect(run(BERLIN, "2026-03-28", "2026-03-30")).toEqual([
      ...at("2026-03-28", ["08:00", "10:00", "12:00", "14:00"]), // Sat 09–15:00 CET (UTC+1)
      ...at("2026-03-29", ["07:00", "09:00", "11:00", "13:00"]), // Sun 09–15:00 CEST (UTC+2)
      ...at("2026-03-30", ["07:00", "09:00", "11:00", "13:00"]), // Mon 09–15:00 CEST
    ]);
  });

  it("Europe/Berlin fall back (2026-10-25): CEST Saturday, CET Sunday and Monday", () => {
    expect(run(BERLIN, "2026-10-24", "2026-10-26")).toEqual([
      ...at("2026-10-24", ["07:00", "09:00", "11:00", "13:00"]), // Sat 09–15:00 CEST (UTC+2)
      ...at("2026-10-25", ["08:00", "10:00", "12:00", "14:00"]), // Sun 09–15:00 CET (UTC+1)
      ...at("2026-10-26", ["08:00", "10:00", "12:00", "14:00"]), // Mon 09–15:00 CET
    ]);
  });

  it("keeps a week of 09:00–17:00 at 09:00 local across the change", () => {
    const slots = computeFreeSlots(
      input({
        timeZone: BERLIN,
        rules: ([0, 1, 2, 3, 4, 5, 6] as const).map((d) => rule(d, "09:00", "17:00")),
        duration: 480,
        from: "2026-03-25",
        to: "2026-04-01",
      }),
    );
    expect(slots.map((s) => s.startsAt.toISOString().slice(11, 16))).toEqual([
      "08:00",
      "08:00",
      "08:00",
      "08:00", // 25–28 March, CET
      "07:00",
      "07:00",
      "07:00",
      "07:00", // 29 March – 1 April, CEST
    ]);
    // Each is a full 8-hour day.
    expect(slots.every((s) => s.endsAt.getTime() - s.startsAt.getTime() === 8 * 3_600_000)).toBe(
      true,
    );
  });
});

describe("computeFreeSlots: nonexistent and ambiguous wall-clock windows", () => {
  const sunday = (
    timeZone: string,
    date: string,
    startTime: string,
    endTime: string,
    duration: number,
  ) => starts({ timeZone, rules: [rule(SUN, startTime, endTime)], duration, from: date });

  it("a 02:00–03:00 window on the New York spring-forward day is empty", () => {
    // 02:00 EST never happens: both ends are 03:00 EDT (07:00Z).
    expect(sunday(NY, "2026-03-08", "02:00", "03:00", 30)).toEqual([]);
    expect(sunday(NY, "2026-03-08", "02:00", "03:00", 1)).toEqual([]);
  });

  it("a 01:00–03:00 window on the New York spring-forward day is 1 real hour", () => {
    // 01:00 EST (06:00Z) to the jump at 02:00 EST = 03:00 EDT (07:00Z).
    expect(sunday(NY, "2026-03-08", "01:00", "03:00", 30)).toEqual(
      at("2026-03-08", ["06:00", "06:30"]), // 01:00, 01:30 EST
    );
  });

  it("a window starting inside the gap starts when the clock jumps", () => {
    // 02:30–04:00 → 03:00 EDT (07:00Z) to 04:00 EDT (08:00Z).
    expect(sunday(NY, "2026-03-08", "02:30", "04:00", 30)).toEqual(
      at("2026-03-08", ["07:00", "07:30"]), // 03:00, 03:30 EDT
    );
    // Berlin 2026-03-29: 02:30–04:00 → 03:00 CEST (01:00Z) to 04:00 CEST (02:00Z).
    expect(sunday(BERLIN, "2026-03-29", "02:30", "04:00", 60)).toEqual(at("2026-03-29", ["01:00"]));
    expect(sunday(BERLIN, "2026-03-29", "02:00", "03:00", 30)).toEqual([]);
  });

  it("a 01:00–03:00 window on the New York fall-back day is 3 real hours", () => {
    // 01:00 EDT (05:00Z, first occurrence) to 03:00 EST (08:00Z).
    expect(sunday(NY, "2026-11-01", "01:00", "03:00", 60)).toEqual(
      at("2026-11-01", ["05:00", "06:00", "07:00"]), // 01:00 EDT, 01:00 EST, 02:00 EST
    );
  });

  it("a window ending in the repeated hour ends at its first occurrence", () => {
    // 00:00–01:30 → 00:00 EDT (04:00Z) to 01:30 EDT (05:30Z).
    expect(sunday(NY, "2026-11-01", "00:00", "01:30", 30)).toEqual(
      at("2026-11-01", ["04:00", "04:30", "05:00"]), // 00:00, 00:30, 01:00 EDT
    );
  });

  it("a Berlin 02:00–04:00 window on the fall-back day is 3 real hours", () => {
    // 02:00 CEST (00:00Z, first occurrence) to 04:00 CET (03:00Z).
    expect(sunday(BERLIN, "2026-10-25", "02:00", "04:00", 60)).toEqual(
      at("2026-10-25", ["00:00", "01:00", "02:00"]), // 02:00 CEST, 02:00 CET, 03:00 CET
    );
  });

  it("time off over the repeated hour removes both occurrences", () => {
    // Window 00:00–04:00 = 04:00Z–09:00Z (5 real hours). Time off 01:00–02:00 =
    // 01:00 EDT (05:00Z) to 02:00 EST (07:00Z), i.e. both 01:00–02:00 hours.
    expect(
      starts({
        timeZone: NY,
        rules: [rule(SUN, "00:00", "04:00")],
        overrides: [off("2026-11-01", "01:00", "02:00")],
        from: "2026-11-01",
      }),
    ).toEqual(at("2026-11-01", ["04:00", "07:00", "08:00"])); // 00:00 EDT, 02:00 EST, 03:00 EST
  });

  it("counts the daily cap over the real 25-hour fall-back day", () => {
    // 2026-11-01 in New York runs from 04:00Z to 05:00Z next day. A booking at 00:30 EST on
    // 2026-11-02 (05:30Z) belongs to Monday, one at 23:30 EST on Sunday (04:30Z Nov 2) to Sunday.
    const c: Case = {
      timeZone: NY,
      rules: [rule(SUN, "09:00", "10:00"), rule(MON, "09:00", "10:00")],
      policy: { maxAppointmentsPerDay: 1 },
      from: "2026-11-01",
      to: "2026-11-02",
    };
    expect(starts({ ...c, busy: [busy("2026-11-02T04:30:00Z", "2026-11-02T04:45:00Z")] })).toEqual(
      at("2026-11-02", ["14:00"]), // Sunday closed; Monday 09:00 EST
    );
    expect(starts({ ...c, busy: [busy("2026-11-02T05:30:00Z", "2026-11-02T05:45:00Z")] })).toEqual(
      at("2026-11-01", ["14:00"]), // Sunday 09:00 EST; Monday closed
    );
  });
});

describe("computeFreeSlots: output shape and guards", () => {
  it("returns sorted slots without duplicates for overlapping inputs", () => {
    const slots = starts({
      rules: [
        rule(MON, "09:00", "12:00"),
        rule(MON, "09:00", "12:00"),
        rule(MON, "10:00", "13:00"),
      ],
      overrides: [extra("2026-01-05", "08:00", "09:30"), extra("2026-01-06", "08:00", "09:00")],
      policy: { slotStepMinutes: 20 },
      duration: 30,
      from: "2026-01-05",
      to: "2026-01-06",
    });
    expect(slots).toEqual([...slots].sort());
    expect(new Set(slots).size).toBe(slots.length);
    // 08:00–13:00 CET in 20-minute steps: 08:00 … 12:20 (12:40 would end at 13:10).
    expect(slots[0]).toBe("2026-01-05T07:00:00.000Z");
    expect(slots.filter((s) => s.startsWith("2026-01-05"))).toHaveLength(14);
    expect(slots.slice(-2)).toEqual(at("2026-01-06", ["07:00", "07:20"]));
  });

  it("accepts the longest allowed range (62 days) and rejects longer ones", () => {
    const c: Case = { rules: [rule(MON, "09:00", "10:00")], from: "2026-01-01" };
    expect(starts({ ...c, to: "2026-03-03" })).toHaveLength(9); // 62 days, 9 Mondays
    expect(() => starts({ ...c, to: "2026-03-04" })).toThrow(
      /2026-01-01\.\.2026-03-04 is 63 days; at most 62/,
    );
  });

  it("rejects from after to", () => {
    expect(() => starts({ from: "2026-01-06", to: "2026-01-05" })).toThrow(RangeError);
    expect(() => starts({ from: "2026-01-06", to: "2026-01-05" })).toThrow(
      /from \(2026-01-06\) is after to/,
    );
  });

  it("rejects an invalid time zone", () => {
    expect(() => starts({ timeZone: "Mars/Olympus_Mons", from: "2026-01-05" })).toThrow(RangeError);
    expect(() => starts({ timeZone: "", from: "2026-01-05" })).toThrow(/Invalid time zone/);
  });

  it("rejects malformed dates, times and windows", () => {
    const bad: Case[] = [
      { from: "2026-1-5" },
      { from: "2026-01-05", to: "2026-02-30" },
      { rules: [rule(MON, "9:00", "10:00")], from: "2026-01-05" },
      { rules: [rule(MON, "10:00", "10:00")], from: "2026-01-05" },
      { rules: [rule(MON, "17:00", "09:00")], from: "2026-01-05" },
      {
        rules: [{ weekday: 7 as Weekday, startTime: "09:00", endTime: "10:00" }],
        from: "2026-01-05",
      },
      { overrides: [off("2026-01-05", "09:00", null)], from: "2026-01-05" },
      {
        overrides: [{ date: "2026-01-05", kind: "extra_hours", startTime: null, endTime: null }],
        from: "2026-01-05",
      },
      { overrides: [off("05.01.2026")], from: "2026-01-05" },
    ];
    for (const c of bad) expect(() => starts(c), JSON.stringify(c)).toThrow(RangeError);
  });

  it("rejects invalid numbers and instants", () => {
    const ok: Case = { rules: [rule(MON, "09:00", "10:00")], from: "2026-01-05" };
    const bad: Case[] = [
      { ...ok, duration: 0 },
      { ...ok, duration: 7.5 },
      { ...ok, policy: { slotStepMinutes: 0 } },
      { ...ok, policy: { bufferBeforeMinutes: -5 } },
      { ...ok, policy: { minimumNoticeMinutes: Number.NaN } },
      { ...ok, policy: { bookingHorizonDays: -1 } },
      { ...ok, policy: { maxAppointmentsPerDay: -1 } },
      { ...ok, now: "not a date" },
      { ...ok, busy: [busy("2026-01-05T10:00:00Z", "2026-01-05T09:00:00Z")] },
      { ...ok, busy: [busy("nope", "2026-01-05T09:00:00Z")] },
    ];
    for (const c of bad) expect(() => starts(c), JSON.stringify(c)).toThrow(RangeError);
  });
});

describe("nextFreeSlot", () => {
  const scenarios: Case[] = [
    {
      rules: [rule(MON, "09:00", "12:00"), rule(WED, "14:00", "16:00")],
      from: "2026-01-05",
      to: "2026-01-11",
    },
    {
      rules: [rule(MON, "09:00", "13:00"), rule(TUE, "09:00", "13:00")],
      busy: [busy("2026-01-05T08:00:00Z", "2026-01-05T12:00:00Z")],
      policy: { bufferBeforeMinutes: 10, maxAppointmentsPerDay: 3 },
      from: "2026-01-05",
      to: "2026-01-06",
    },
    {
      rules: [rule(MON, "09:00", "17:00")],
      policy: { minimumNoticeMinutes: 90 },
      now: "2026-01-12T10:10:00Z",
      from: "2026-01-05",
      to: "2026-01-20",
    },
    { timeZone: NY, rules: [rule(SUN, "01:00", "03:00")], from: "2026-11-01", duration: 45 },
    {
      rules: [rule(SAT, "09:00", "10:00")],
      overrides: [off("2026-01-10")],
      from: "2026-01-05",
      to: "2026-01-17",
    },
  ];

  it.each(scenarios.map((c, i) => [i, c] as const))(
    "agrees with computeFreeSlots()[0] (#%i)",
    (_i, c) => {
      const all = computeFreeSlots(input(c));
      expect(all.length).toBeGreaterThan(0);
      expect(nextFreeSlot(input(c))).toEqual(all[0]);
    },
  );

  it("spot-checks the first slot of the scenarios", () => {
    // Busy Monday 09:00–13:00 CET → Tuesday 09:00 CET.
    expect(nextFreeSlot(input(scenarios[1] as Case))?.startsAt.toISOString()).toBe(
      "2026-01-06T08:00:00.000Z",
    );
    // now Monday 11:10 CET + 90 min = 12:40 → 13:00 CET.
    expect(nextFreeSlot(input(scenarios[2] as Case))?.startsAt.toISOString()).toBe(
      "2026-01-12T12:00:00.000Z",
    );
    // Saturday 10th off → Saturday 17th 09:00 CET.
    expect(nextFreeSlot(input(scenarios[4] as Case))?.startsAt.toISOString()).toBe(
      "2026-01-17T08:00:00.000Z",
    );
  });

  it("returns null when nothing is free", () => {
    expect(
      nextFreeSlot(input({ rules: [rule(TUE, "09:00", "10:00")], from: "2026-01-05" })),
    ).toBeNull();
  });

  it("applies the same guards", () => {
    expect(() => nextFreeSlot(input({ from: "2026-01-06", to: "2026-01-05" }))).toThrow(RangeError);
  });
});
