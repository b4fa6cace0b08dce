import { describe, expect, it } from "vitest";

import { assessPassword } from "./password-policy";

describe("password policy (ASVS 5)", () => {
  it("accepts long passphrases and any characters, with no composition rules", () => {
    expect(assessPassword("Glacier orbit pencil 2026!").acceptable).toBe(true);
    expect(assessPassword("lantern quietly harbour seventeen").acceptable).toBe(true);
    expect(assessPassword("ñandú 🦜 kōwhai ☂ pleut").acceptable).toBe(true);
  });

  it("refuses too short and too long passwords, counting characters as people see them", () => {
    expect(assessPassword("a1!b2@c").problem).toMatch(/at least 8/);
    expect(assessPassword("🦜".repeat(7)).acceptable).toBe(false);
    expect(assessPassword("x".repeat(129)).problem).toMatch(/at most 128/);
  });

  it("refuses common and patterned passwords with a reason", () => {
    for (const weak of ["password123", "qwertyuiop", "11111111", "iloveyou2", "P@ssw0rd"]) {
      const assessment = assessPassword(weak);
      expect(assessment.acceptable, weak).toBe(false);
      expect(assessment.problem).toBeTruthy();
    }
  });

  it("refuses passwords built from the user's own name or email", () => {
    expect(
      assessPassword("Nora Field 1", ["Nora Field", "nora.field@example.org"]).acceptable,
    ).toBe(false);
    expect(assessPassword("norafield2024", ["Nora Field"]).acceptable).toBe(false);
    expect(assessPassword("Glacier orbit pencil 2026!", ["Nora Field"]).acceptable).toBe(true);
  });
});
