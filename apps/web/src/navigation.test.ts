import { describe, expect, it } from "vitest";

import { afterSignIn, homeFor, navigationFor, safeNextPath } from "./navigation";

describe("role-aware navigation", () => {
  it("shows each role only its own area", () => {
    for (const role of ["patient", "doctor", "admin"] as const) {
      // The public directory ("/doctors") is not the doctors' area ("/doctor"); messages are shared
      // by patients and doctors (their layout admits those two roles only).
      const hrefs = navigationFor(role)
        .map((item) => item.href)
        .filter((href) => href !== "/doctors" && href !== "/messages");
      expect(hrefs.every((href) => href === `/${role}` || href.startsWith(`/${role}/`))).toBe(true);
      expect(homeFor(role)).toBe(`/${role}`);
    }
  });

  it("shows visitors the public sections and no private area", () => {
    const hrefs = navigationFor(null).map((item) => item.href);
    expect(hrefs.length).toBeGreaterThan(0);
    expect(hrefs.some((href) => /^\/(patient|doctor|admin)(\/|$)/.test(href))).toBe(false);
    expect(hrefs).toContain("/doctors");
  });

  it("links patients to the directory, doctors to their setup, admins to verification and mail", () => {
    expect(navigationFor("patient").map((item) => item.href)).toContain("/doctors");
    expect(navigationFor("doctor").map((item) => item.href)).toContain("/doctor/onboarding");
    expect(navigationFor("doctor").map((item) => item.href)).toContain("/doctor/patients");
    expect(navigationFor("patient").map((item) => item.href)).toContain("/patient/records");
    expect(navigationFor("patient").map((item) => item.href)).toContain("/messages");
    expect(navigationFor("doctor").map((item) => item.href)).toContain("/messages");
    expect(navigationFor("admin").map((item) => item.href)).not.toContain("/messages");
    const admin = navigationFor("admin").map((item) => item.href);
    expect(admin).toEqual(expect.arrayContaining(["/admin/verification", "/admin/mailbox"]));
  });
});

describe("the ?next= return path after sign-in", () => {
  it("follows paths on this site", () => {
    expect(safeNextPath("/patient")).toBe("/patient");
    expect(safeNextPath("/account/security?enrol=1")).toBe("/account/security?enrol=1");
    expect(afterSignIn("doctor", "/doctor/schedule")).toBe("/doctor/schedule");
  });

  it("refuses anything that could leave the site, and falls back to the role's home", () => {
    for (const next of [
      "//evil.example",
      "/\\evil.example",
      "/\t/evil.example",
      "https://evil.example/",
      "javascript:alert(1)",
      "evil.example",
      "",
      null,
      undefined,
    ]) {
      expect(safeNextPath(next), String(next)).toBeNull();
    }
    expect(afterSignIn("patient", "//evil.example")).toBe("/patient");
    expect(afterSignIn("admin", null)).toBe("/admin");
  });
});

describe("billing in the navigation", () => {
  it("links patients to their bills, doctors to the practice's, admins to payments", () => {
    expect(navigationFor("patient").map((item) => item.href)).toContain("/patient/billing");
    expect(navigationFor("doctor").map((item) => item.href)).toContain("/doctor/billing");
    expect(navigationFor("admin").map((item) => item.href)).toContain("/admin/billing");
  });
});
