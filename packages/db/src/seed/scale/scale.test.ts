import { describe, expect, it } from "vitest";

import { CITIES } from "./cities";
import { baseContext } from "./context";
import { encodeCopyRow } from "./copy-writer";
import { formatScaleInvoiceNumber, planInvoices } from "./invoices";
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

  it("numbers a practice's invoices per local year, restarting at 1 on the local New Year", () => {
    const now = Date.parse("2026-06-15T12:00:00Z");
    const base = { ...baseContext(3, SCALES.tiny, now), cities: CITIES };
    const honolulu = CITIES.findIndex((c) => c.timeZone === "Pacific/Honolulu");
    base.doctorCity[0] = honolulu;
    const zone = "Pacific/Honolulu";
    // Two visits of doctor 0 on the local 31 December (the second ends after UTC midnight),
    // then one on 2 January; doctor 1 has one visit.
    const ends = [
      zonedInstant(zone, Date.UTC(2025, 11, 31), 10 * 60),
      zonedInstant(zone, Date.UTC(2025, 11, 31), 17 * 60),
      zonedInstant(zone, Date.UTC(2026, 0, 2), 10 * 60),
      zonedInstant(zone, Date.UTC(2026, 0, 2), 11 * 60),
    ];
    const plan = planAppointments(base);
    const ctx = {
      ...base,
      plan: {
        ...plan,
        doctor: Int32Array.from([0, 0, 0, 1]),
        endsAt: Float64Array.from(ends),
        completed: Int32Array.from([0, 1, 2, 3]),
      },
    };
    const invoices = planInvoices(ctx);
    expect(honolulu).toBeGreaterThanOrEqual(0);
    expect(new Date(ends[1] ?? 0).getUTCFullYear()).toBe(2026);
    expect(Array.from(invoices.year)).toEqual([2025, 2025, 2026, 2026]);
    expect(Array.from(invoices.sequence)).toEqual([1, 2, 1, 1]);
    expect(invoices.counters).toEqual([
      { doctor: 0, year: 2025, lastNumber: 2 },
      { doctor: 0, year: 2026, lastNumber: 1 },
      { doctor: 1, year: 2026, lastNumber: 1 },
    ]);
    expect(formatScaleInvoiceNumber(2026, 42)).toBe("INV-2026-00042");
    expect(Array.from(invoices.paidAt).every((t) => t < now)).toBe(true);
  });
});
