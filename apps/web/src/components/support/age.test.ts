import { describe, expect, it } from "vitest";

import { ageOf } from "./age";

describe("ticket age", () => {
  const now = new Date("2025-03-10T12:00:00Z");
  const ago = (ms: number) => ageOf(new Date(now.getTime() - ms), now);
  it("gives the largest whole unit", () => {
    expect(ago(10_000)).toBe("just now");
    expect(ago(60_000)).toBe("1 minute");
    expect(ago(59 * 60_000)).toBe("59 minutes");
    expect(ago(3 * 3_600_000)).toBe("3 hours");
    expect(ago(26 * 3_600_000)).toBe("1 day");
    expect(ago(90 * 86_400_000)).toBe("3 months");
  });
  it("never goes negative when clocks disagree", () => {
    expect(ago(-5_000)).toBe("just now");
  });
});
