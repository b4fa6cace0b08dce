/**
 * The missing-key test: English and Spanish must have the same keys in every area, no empty
 * messages, and the same placeholders ({name}, {count, plural, …}) in each message. A key used in
 * code but absent from English is a type error (src/global.d.ts), so `pnpm typecheck` catches it.
 */
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";

import { LOCALES } from "@resq/api/locales";

import { catalogues } from "./catalogue";
import { missingMessage } from "./fallback";

type Tree = { [key: string]: string | Tree };

/** Every message of a catalogue as "area.path.to.key" → text. */
function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

/** The argument names a message takes: "{count, plural, one {# visit} other {# visits}}" → count. */
function placeholders(message: string): string[] {
  const names = new Set<string>();
  for (const match of message.matchAll(/\{\s*([A-Za-z_]\w*)\s*(?:,|\})/g)) names.add(match[1]!);
  for (const match of message.matchAll(/<([A-Za-z_]\w*)>/g)) names.add(`<${match[1]!}>`);
  return [...names].sort();
}

const english = flatten(catalogues.en);

describe("the message catalogue", () => {
  it("has messages in English", () => {
    expect(english.size).toBeGreaterThan(0);
  });

  for (const locale of LOCALES) {
    const messages = flatten(catalogues[locale]);

    it(`${locale}: has every English key and no other`, () => {
      const missing = [...english.keys()].filter((key) => !messages.has(key));
      const extra = [...messages.keys()].filter((key) => !english.has(key));
      expect({ missing, extra }).toEqual({ missing: [], extra: [] });
    });

    it(`${locale}: has no empty message`, () => {
      expect([...messages].filter(([, text]) => text.trim() === "").map(([key]) => key)).toEqual(
        [],
      );
    });

    it(`${locale}: uses the same placeholders as English in every message`, () => {
      const differing = [...english]
        .filter(([key, text]) => {
          const other = messages.get(key);
          return other !== undefined && placeholders(other).join() !== placeholders(text).join();
        })
        .map(([key]) => key);
      expect(differing).toEqual([]);
    });

    it(`${locale}: every message parses and formats with its arguments`, () => {
      const errors: string[] = [];
      const t = createTranslator({
        locale,
        messages: catalogues[locale],
        onError: (error) => errors.push(`${error.code}: ${error.message}`),
      });
      for (const [key, text] of messages) {
        // Each placeholder gets a number (fits plain, plural and select-other arguments), each
        // tag a function that keeps its content.
        const values = Object.fromEntries(
          placeholders(text).map((name): [string, unknown] =>
            name.startsWith("<") ? [name.slice(1, -1), (chunks: string) => chunks] : [name, 1],
          ),
        );
        (t as unknown as { markup(key: string, values: object): string }).markup(key, values);
      }
      expect(errors).toEqual([]);
    });
  }

  it("shows a missing key as its name in brackets, and reports it", () => {
    const reported: string[] = [];
    const t = createTranslator({
      locale: "es",
      messages: { common: { language: { label: "Idioma" } } },
      namespace: "common",
      onError: (error) => reported.push(error.code),
      getMessageFallback: missingMessage,
    });
    expect(t("language.label")).toBe("Idioma");
    expect((t as unknown as (key: string) => string)("language.nope")).toBe(
      "⟦common.language.nope⟧",
    );
    expect(reported).toEqual(["MISSING_MESSAGE"]);
  });
});
