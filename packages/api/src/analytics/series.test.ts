import { describe, expect, it } from "vitest";

import { hoursOrNull, numericSeries, percent } from "./series";

describe("series helpers", () => {
  it("reads counts whether the driver gives strings (postgres.js) or numbers (PGlite)", () => {
    expect(
      numericSeries(
        [
          { day: "2025-03-05", bookings: "2", cancellations: 0 },
          { day: "2025-03-06", bookings: null, cancellations: "1" },
        ],
        "day",
        ["bookings", "cancellations"],
      ),
    ).toEqual([
      { bucket: "2025-03-05", bookings: 2, cancellations: 0 },
      { bucket: "2025-03-06", bookings: 0, cancellations: 1 },
    ]);
  });

  it("gives hours with one decimal, or null for nothing measured", () => {
    expect(hoursOrNull("10800")).toBe(3);
    expect(hoursOrNull(5400)).toBe(1.5);
    expect(hoursOrNull(null)).toBeNull();
    expect(hoursOrNull("abc")).toBeNull();
  });

  it("gives whole percentages, and 0% of nobody", () => {
    expect(percent(1, 3)).toBe(33);
    expect(percent(2, 3)).toBe(67);
    expect(percent(0, 0)).toBe(0);
  });
});
