import { describe, expect, it } from "vitest";

import { baseContext } from "./context";
import { encodeCopyRow } from "./copy-writer";
import { planAppointments } from "./plan";
import { createRandom, uuidFor } from "./prng";
import { SCALES } from "./sizes";
import { zonedInstant } from "./zoned-time";

describe("scale data building blocks", () => {
  it("draws the same numbers and ids from the same seed, others from another", () => {
    const a = createRandom(7);
    const b = createRandom(7);
    const c = createRandom(8);
    const first = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(first);
    expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(first);
    expect(uuidFor(1, 5, 42)).toBe(uuidFor(1, 5, 42));
    expect(uuidFor(1, 5, 42)).not.toBe(uuidFor(1, 5, 43));
    expect(uuidFor(1, 5, 42)).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });

  it("plans the same appointments for the same seed and day", () => {
    const now = Date.parse("2026-06-15T12:00:00Z");
    const plan = () => planAppointments(baseContext(3, SCALES.tiny, now));
    const one = plan();
    const two = plan();
    expect(one.count).toBe(SCALES.tiny.appointments);
    expect(Array.from(two.startsAt)).toEqual(Array.from(one.startsAt));
    expect(Array.from(two.patient)).toEqual(Array.from(one.patient));
  });

  it("turns local wall-clock times into instants across DST", () => {
    // New York: 09:00 is 14:00Z in winter (EST) and 13:00Z in summer (EDT); the change was 8 March 2026.
    expect(
      new Date(zonedInstant("America/New_York", Date.parse("2026-03-06"), 540)).toISOString(),
    ).toBe("2026-03-06T14:00:00.000Z");
    expect(
      new Date(zonedInstant("America/New_York", Date.parse("2026-03-09"), 540)).toISOString(),
    ).toBe("2026-03-09T13:00:00.000Z");
    expect(
      new Date(zonedInstant("America/Phoenix", Date.parse("2026-07-01"), 540)).toISOString(),
    ).toBe("2026-07-01T16:00:00.000Z");
  });

  it("encodes COPY text rows: escapes, nulls, booleans, dates and arrays", () => {
    const row = encodeCopyRow([
      "tab\there",
      "back\\slash\nline",
      null,
      true,
      3.5,
      new Date("2026-01-02T03:04:05Z"),
      ["en", 'say "hi"'],
    ]);
    expect(row).toBe(
      'tab\\there\tback\\\\slash\\nline\t\\N\tt\t3.5\t2026-01-02T03:04:05.000Z\t{"en","say \\\\"hi\\\\""}\n',
    );
  });
});
