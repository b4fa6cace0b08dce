import { describe, expect, it } from "vitest";

import { cancellationTerms } from "./terms";

const startsAt = new Date("2026-12-01T15:00:00Z");
const hoursBefore = (h: number) => new Date(startsAt.getTime() - h * 3_600_000);

describe("cancellation window", () => {
  it("is free outside the window and late inside it, with the fee", () => {
    expect(
      cancellationTerms({ startsAt, now: hoursBefore(30), windowHours: 24, lateFeeMinor: 5000 }),
    ).toEqual({ late: false, feeMinor: 0, windowHours: 24 });
    expect(
      cancellationTerms({ startsAt, now: hoursBefore(23.9), windowHours: 24, lateFeeMinor: 5000 }),
    ).toEqual({ late: true, feeMinor: 5000, windowHours: 24 });
  });

  it("treats exactly the window's edge as on time, and no window as never late", () => {
    expect(
      cancellationTerms({ startsAt, now: hoursBefore(24), windowHours: 24, lateFeeMinor: 5000 })
        .late,
    ).toBe(false);
    expect(
      cancellationTerms({ startsAt, now: hoursBefore(0.1), windowHours: 0, lateFeeMinor: 5000 })
        .late,
    ).toBe(false);
  });
});
