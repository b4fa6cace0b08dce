import { describe, expect, it } from "vitest";

import { amountText, parseAmount } from "./money-input";

describe("typed amounts", () => {
  it("become exact minor units, or null when they are not amounts", () => {
    expect(parseAmount("12.5", "USD")).toBe(1250);
    expect(parseAmount("0.07", "USD")).toBe(7);
    expect(parseAmount("150", "USD")).toBe(15000);
    expect(parseAmount("1.005", "USD")).toBeNull();
    expect(parseAmount("-3", "USD")).toBeNull();
    expect(parseAmount("abc", "USD")).toBeNull();
    expect(parseAmount("500", "JPY")).toBe(500);
    expect(amountText(1250, "USD")).toBe("12.50");
  });
});
