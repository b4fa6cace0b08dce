import { describe, expect, it } from "vitest";

import { isLocale, negotiateLocale, requestLocale } from "./locales";

describe("negotiateLocale", () => {
  it("picks the best supported language by quality, then by order", () => {
    expect(negotiateLocale("es-MX,es;q=0.9,en;q=0.8")).toBe("es");
    expect(negotiateLocale("fr-FR,fr;q=0.9,en;q=0.8,es;q=0.7")).toBe("en");
    expect(negotiateLocale("en;q=0.5, es;q=0.9")).toBe("es");
    expect(negotiateLocale("ES")).toBe("es");
  });

  it("falls back to English for nothing, nonsense or only unsupported languages", () => {
    expect(negotiateLocale(null)).toBe("en");
    expect(negotiateLocale("")).toBe("en");
    expect(negotiateLocale("de,fr;q=0.5")).toBe("en");
    expect(negotiateLocale(";;;,q=")).toBe("en");
    expect(negotiateLocale("es;q=0")).toBe("en");
  });
});

describe("isLocale", () => {
  it("accepts only the supported codes", () => {
    expect(isLocale("es")).toBe(true);
    expect(isLocale("es-MX")).toBe(false);
    expect(isLocale(undefined)).toBe(false);
  });
});

describe("requestLocale", () => {
  const headers = (init: Record<string, string>) => new Headers(init);

  it("takes the language cookie first, then Accept-Language, then English", () => {
    expect(
      requestLocale(headers({ cookie: "a=1; resq-locale=es", "accept-language": "en-US" })),
    ).toBe("es");
    expect(requestLocale(headers({ "accept-language": "es-MX,es;q=0.9" }))).toBe("es");
    expect(requestLocale(headers({ cookie: "resq-locale=fr", "accept-language": "es" }))).toBe(
      "es",
    );
    expect(requestLocale(headers({}))).toBe("en");
  });
});
