import { describe, expect, it } from "vitest";

import { ageOf, relativeAge } from "./age";

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

describe("relative ticket age", () => {
  const now = new Date("2025-03-10T12:00:00Z");
  const ago = (ms: number, locale = "en") => relativeAge(new Date(now.getTime() - ms), locale, now);
  it("says how long ago in the reader's language, in the largest whole unit", () => {
    expect(ago(60_000)).toBe("1 minute ago");
    expect(ago(59 * 60_000)).toBe("59 minutes ago");
    expect(ago(3 * 3_600_000)).toBe("3 hours ago");
    expect(ago(26 * 3_600_000)).toBe("1 day ago");
    expect(ago(90 * 86_400_000)).toBe("3 months ago");
    expect(ago(3 * 3_600_000, "es")).toBe("hace 3 horas");
    expect(ago(26 * 3_600_000, "es")).toBe("hace 1 día");
  });
  it("gives nothing under a minute, or when clocks disagree", () => {
    expect(ago(10_000)).toBeNull();
    expect(ago(-5_000)).toBeNull();
  });
});
