import { describe, expect, it } from "vitest";

import { formatMoney, languageList, languageName } from "./format";

describe("language names in the reader's language", () => {
  it("keeps RESQ's English names in English", () => {
    expect(languageName("fr", "en")).toBe("French");
    expect(languageList(["en", "es", "fr"], "en")).toBe("English, Spanish, and French");
    expect(languageName("xx", "en")).toBe("xx");
  });

  it("names languages in Spanish, capitalised on their own and not inside a sentence", () => {
    expect(languageName("fr", "es")).toBe("Francés");
    expect(languageList(["en", "es", "fr"], "es")).toBe("inglés, español y francés");
    expect(languageName("xx", "es")).toBe("xx");
  });
});

describe("formatMoney", () => {
  it("formats for the locale it is given", () => {
    expect(formatMoney(12500, "USD")).toBe("$125.00");
    expect(formatMoney(12500, "EUR", "es")).toMatch(/^125,00\s€$/);
  });
});
