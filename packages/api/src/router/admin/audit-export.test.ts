import { describe, expect, it } from "vitest";

import { csvCell } from "./audit-export";

describe("csvCell", () => {
  it("quotes commas, quotes and line breaks (RFC 4180)", () => {
    expect(csvCell("plain")).toBe("plain");
    expect(csvCell('say "hi", then')).toBe('"say ""hi"", then"');
    expect(csvCell("two\nlines")).toBe('"two\nlines"');
  });

  it("defuses cells a spreadsheet would run as a formula", () => {
    for (const formula of ["=1+1", "+1", "-1", "@SUM(A1)", "\t=1", "\r=1"])
      expect(csvCell(formula).replace(/^"/, "")).toMatch(/^'/);
    expect(csvCell("a=1")).toBe("a=1");
  });

  it("writes empty, dates, numbers and objects readably", () => {
    expect(csvCell(null)).toBe("");
    expect(csvCell(undefined)).toBe("");
    expect(csvCell(new Date("2026-03-01T10:00:00Z"))).toBe("2026-03-01T10:00:00.000Z");
    expect(csvCell(42)).toBe("42");
    expect(csvCell({ reason: "x" })).toBe('"{""reason"":""x""}"');
  });
});
