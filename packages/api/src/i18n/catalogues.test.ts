/**
 * The missing-text test for server-side text: every language has every English key, no other, no
 * empty text, and the same {placeholders} in each (a missing key is also a type error). Error
 * messages, keyed by their English, have their own test (errors.test.ts).
 */
import { describe, expect, it } from "vitest";

import { emailTexts } from "../email/texts";
import { LOCALES } from "../locales";
import { notificationTexts } from "../notifications/texts";
import { commonTexts } from "./common";
import { errorTerms } from "./errors";
import { fill, placeholdersOf } from "./text";

const catalogues: Record<string, Record<string, Record<string, string>>> = {
  emails: emailTexts,
  notifications: notificationTexts,
  common: commonTexts,
  "error terms": errorTerms,
};

for (const [name, catalogue] of Object.entries(catalogues)) {
  describe(`the ${name} catalogue`, () => {
    const english = catalogue.en!;

    it("has texts in English", () => {
      expect(Object.keys(english).length).toBeGreaterThan(0);
    });

    for (const locale of LOCALES) {
      const texts = catalogue[locale]!;

      it(`${locale}: has every English key and no other`, () => {
        const missing = Object.keys(english).filter((key) => !Object.hasOwn(texts, key));
        const extra = Object.keys(texts).filter((key) => !Object.hasOwn(english, key));
        expect({ missing, extra }).toEqual({ missing: [], extra: [] });
      });

      it(`${locale}: has no empty text`, () => {
        expect(Object.keys(texts).filter((key) => !texts[key]?.trim())).toEqual([]);
      });

      it(`${locale}: uses the same placeholders as English in every text`, () => {
        const differing = Object.keys(english)
          .filter(
            (key) =>
              placeholdersOf(english[key]!).join() !== placeholdersOf(texts[key] ?? "").join(),
          )
          .map((key) => ({
            key,
            en: placeholdersOf(english[key]!),
            [locale]: placeholdersOf(texts[key] ?? ""),
          }));
        expect(differing).toEqual([]);
      });
    }
  });
}

describe("fill", () => {
  it("puts values into placeholders, once: a value with braces stays as written", () => {
    expect(fill("Hello {name}, code {code}", { name: "{code}", code: "AB12" })).toBe(
      "Hello {code}, code AB12",
    );
    expect(fill("{count} new", { count: 3 })).toBe("3 new");
    expect(fill("No {value}")).toBe("No {value}");
  });
});
