import { describe, expect, it } from "vitest";

import { homeFor, navigationFor } from "./navigation";

describe("role-aware navigation", () => {
  it("shows each role only its own area", () => {
    for (const role of ["patient", "doctor", "admin"] as const) {
      const hrefs = navigationFor(role).map((item) => item.href);
      expect(hrefs.every((href) => href.startsWith(`/${role}`))).toBe(true);
      expect(homeFor(role)).toBe(`/${role}`);
    }
  });

  it("shows visitors the public sections and no private area", () => {
    const hrefs = navigationFor(null).map((item) => item.href);
    expect(hrefs.length).toBeGreaterThan(0);
    expect(hrefs.some((href) => /^\/(patient|doctor|admin)/.test(href))).toBe(false);
  });
});
