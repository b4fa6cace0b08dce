import { describe, expect, it } from "vitest";

import { shapeFunnel } from "./funnel";

describe("onboarding funnel shaping", () => {
  it("adds the weeks of each role and gives each step as a share of the sign-ups", () => {
    const funnel = shapeFunnel([
      {
        role: "patient",
        week: "2025-03-10",
        registered: 1,
        verified: 0,
        profileComplete: 0,
        firstBooking: 0,
      },
      {
        role: "doctor",
        week: "2025-03-03",
        registered: 1,
        verified: 1,
        profileComplete: 1,
        firstBooking: 0,
      },
      {
        role: "patient",
        week: "2025-03-03",
        registered: 3,
        verified: 2,
        profileComplete: 1,
        firstBooking: 1,
      },
    ]);
    expect(funnel.byRole[0]).toEqual({
      role: "patient",
      stages: [
        { key: "registered", label: "Registered", count: 4, percentOfRegistered: 100 },
        { key: "verified", label: "Email verified", count: 2, percentOfRegistered: 50 },
        { key: "profileComplete", label: "Profile complete", count: 1, percentOfRegistered: 25 },
        { key: "firstBooking", label: "First booking", count: 1, percentOfRegistered: 25 },
      ],
    });
    expect(funnel.byRole[1]?.stages.map((s) => s.count)).toEqual([1, 1, 1, 0]);
    // Oldest week first, patients before doctors within a week.
    expect(funnel.byWeek.map((w) => `${w.week} ${w.role}`)).toEqual([
      "2025-03-03 patient",
      "2025-03-03 doctor",
      "2025-03-10 patient",
    ]);
    expect(funnel.byWeek[0]?.stages.map((s) => s.percentOfRegistered)).toEqual([100, 67, 33, 33]);
  });

  it("shows both roles with zeros when nobody signed up", () => {
    const funnel = shapeFunnel([]);
    expect(funnel.byRole.map((r) => r.role)).toEqual(["patient", "doctor"]);
    expect(
      funnel.byRole.flatMap((r) => r.stages.map((s) => s.count + s.percentOfRegistered)),
    ).toEqual(Array(8).fill(0));
    expect(funnel.byWeek).toEqual([]);
  });
});
