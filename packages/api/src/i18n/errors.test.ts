/**
 * The API's error messages in every language: this reads the API's source for every message an
 * error is thrown with (AppError, TRPCError, errorText) and fails if one has no translation, so an
 * untranslated error cannot ship; and checks the catalogue holds nothing stale and keeps every
 * {placeholder}.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

import ts from "typescript";
import { describe, expect, it } from "vitest";
import { z } from "zod";

import { LOCALES } from "../locales";
import { AppError, localizedError } from "../trpc";
import { TRPCError } from "@trpc/server";
import { errorText, errorTexts } from "./errors";
import { placeholdersOf } from "./text";

const sourceRoot = path.join(import.meta.dirname, "..");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts") ? [full] : [];
  });
}

interface Found {
  /** English message texts, each with where it is written. */
  texts: Map<string, string[]>;
  /** Messages the scan cannot check (interpolated, computed, raw English in an envelope). */
  problems: string[];
}

/** Every error message written in the API's source (non-test files). */
function scanErrorMessages(): Found {
  const found: Found = { texts: new Map(), problems: [] };
  for (const file of sourceFiles(sourceRoot)) {
    const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest);
    const where = (node: ts.Node) =>
      `${path.relative(sourceRoot, file)}:${source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1}`;
    const add = (text: string, node: ts.Node) =>
      found.texts.set(text, [...(found.texts.get(text) ?? []), where(node)]);

    /** The literal texts an expression can be; a problem for anything else. */
    const textsOf = (node: ts.Expression): string[] => {
      if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [node.text];
      if (ts.isParenthesizedExpression(node) || ts.isAsExpression(node))
        return textsOf(node.expression);
      if (ts.isConditionalExpression(node))
        return [...textsOf(node.whenTrue), ...textsOf(node.whenFalse)];
      found.problems.push(
        ts.isTemplateExpression(node)
          ? `${where(node)}: interpolated with \${…}: write "{name}" and pass values`
          : `${where(node)}: not a literal text, so it cannot be checked for a translation`,
      );
      return [];
    };
    const property = (object: ts.Expression | undefined, name: string) =>
      object && ts.isObjectLiteralExpression(object)
        ? object.properties.find(
            (p): p is ts.PropertyAssignment =>
              ts.isPropertyAssignment(p) && ts.isIdentifier(p.name) && p.name.text === name,
          )
        : undefined;
    const calleeName = (node: ts.CallExpression | ts.NewExpression) =>
      ts.isIdentifier(node.expression)
        ? node.expression.text
        : ts.isPropertyAccessExpression(node.expression)
          ? node.expression.name.text
          : "";

    const visit = (node: ts.Node) => {
      if (ts.isNewExpression(node) && calleeName(node) === "AppError") {
        const [, , message, extra] = node.arguments ?? [];
        const messages = message ? textsOf(message) : [];
        messages.forEach((text) => add(text, node));
        const fields = property(extra, "fields")?.initializer;
        if (fields && !ts.isObjectLiteralExpression(fields)) {
          found.problems.push(`${where(fields)}: fields must be written out where thrown`);
        } else if (fields) {
          const allowed = new Set(messages.flatMap(placeholdersOf));
          for (const field of fields.properties) {
            if (!ts.isPropertyAssignment(field)) {
              found.problems.push(`${where(field)}: a field message must be a literal text`);
              continue;
            }
            for (const text of textsOf(field.initializer)) {
              add(text, field);
              const unknown = placeholdersOf(text).filter((name) => !allowed.has(name));
              if (unknown.length)
                found.problems.push(`${where(field)}: {${unknown.join("}, {")}} has no value`);
            }
          }
        }
      } else if (ts.isNewExpression(node) && calleeName(node) === "TRPCError") {
        const message = property(node.arguments?.[0], "message");
        if (message) textsOf(message.initializer).forEach((text) => add(text, node));
        else found.problems.push(`${where(node)}: a TRPCError needs a message for its callers`);
      } else if (ts.isCallExpression(node) && calleeName(node) === "errorText") {
        // A literal is a message written here; anything else passes an error's own text through.
        const english = node.arguments[1];
        if (english && (ts.isStringLiteral(english) || ts.isNoSubstitutionTemplateLiteral(english)))
          add(english.text, node);
      } else if (ts.isCallExpression(node) && calleeName(node) === "errorResponse") {
        const message = node.arguments[2];
        if (message && (ts.isStringLiteral(message) || ts.isTemplateLiteral(message)))
          found.problems.push(
            `${where(node)}: raw English in the envelope: use errorText(locale, …)`,
          );
      } else if (
        ts.isPropertyAssignment(node) &&
        ts.isIdentifier(node.name) &&
        node.name.text === "error"
      ) {
        // A hand-written envelope, {"error":{"code","message"}}: its message goes through errorText.
        const message = property(node.initializer, "message")?.initializer;
        if (message && (ts.isStringLiteral(message) || ts.isTemplateLiteral(message)))
          found.problems.push(
            `${where(node)}: raw English in the envelope: use errorText(locale, …)`,
          );
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}

const { texts, problems } = scanErrorMessages();
const english = [...texts.keys()];

describe("the API's error messages", () => {
  it("are found in the source (AppError, TRPCError, errorText)", () => {
    expect(english.length).toBeGreaterThan(100);
    expect(english).toContain("That time was just taken. Please choose another.");
    expect(english).toContain("Please sign in to continue.");
    expect(english).toContain("Invoice {number} is already paid.");
    expect(english).toContain("Something went wrong on our side.");
  });

  it("are literal texts (values as {placeholders}), so each can be checked for a translation", () => {
    expect(problems).toEqual([]);
  });

  for (const locale of LOCALES.filter((l) => l !== "en")) {
    const table = errorTexts[locale];

    it(`${locale}: has a text for every message thrown`, () => {
      const missing = english
        .filter((text) => !Object.hasOwn(table, text))
        .map((text) => ({ text, at: texts.get(text) }));
      expect(missing).toEqual([]);
    });

    it(`${locale}: has no text for a message no longer thrown`, () => {
      expect(Object.keys(table).filter((text) => !texts.has(text))).toEqual([]);
    });

    it(`${locale}: keeps every message's placeholders, and no text is empty`, () => {
      const differing = Object.entries(table)
        .filter(
          ([en, translated]) =>
            !translated.trim() || placeholdersOf(en).join() !== placeholdersOf(translated).join(),
        )
        .map(([en, translated]) => ({ en, [locale]: translated }));
      expect(differing).toEqual([]);
    });
  }
});

describe("errorText", () => {
  it("gives English as written, and the translation of a known text", () => {
    expect(errorText("en", "That code is not right.")).toBe("That code is not right.");
    expect(errorText("es", "That code is not right.")).toBe("Ese código no es correcto.");
  });

  it("fills values, translating terms and joining lists in the reader's language", () => {
    const transition = {
      status: { term: "invoiceStatus.paid" },
      to: { term: "invoiceStatus.open" },
    } as const;
    expect(errorText("en", "A {status} invoice cannot become {to}.", transition)).toBe(
      "A paid invoice cannot become open.",
    );
    expect(errorText("es", "A {status} invoice cannot become {to}.", transition)).toBe(
      "Una factura en estado «pagada» no puede pasar a «pendiente».",
    );
    const types = { filename: "scan.gif", types: { list: ["PDF", "PNG", "JPEG"], join: "or" } };
    expect(errorText("en", "{filename} is not a {types} file.", types as never)).toBe(
      "scan.gif is not a PDF, PNG or JPEG file.",
    );
    expect(errorText("es", "{filename} is not a {types} file.", types as never)).toBe(
      "scan.gif no es un archivo PDF, PNG o JPEG.",
    );
  });

  it("keeps a text it has no translation for (a framework's own) in English", () => {
    expect(errorText("es", 'No procedure found on path "nope"')).toBe(
      'No procedure found on path "nope"',
    );
  });
});

describe("an AppError", () => {
  it("carries its English with the values filled in, and translates at the edge", () => {
    const error = new AppError(
      "CONFLICT",
      "INVOICE_ALREADY_PAID",
      "Invoice {number} is already paid.",
      {
        values: { number: "INV-0007" },
        fields: { amountMinor: "Invoice {number} is already paid." },
      },
    );
    expect(error.message).toBe("Invoice INV-0007 is already paid.");
    expect(error.fields).toEqual({ amountMinor: "Invoice INV-0007 is already paid." });
    expect(localizedError(error, "en")).toEqual({
      message: "Invoice INV-0007 is already paid.",
      fields: { amountMinor: "Invoice INV-0007 is already paid." },
    });
    expect(localizedError(error, "es")).toEqual({
      message: "La factura INV-0007 ya está pagada.",
      fields: { amountMinor: "La factura INV-0007 ya está pagada." },
    });
  });

  it("never tells a client an unexpected error's details, in any language", () => {
    const error = new TRPCError({
      code: "INTERNAL_SERVER_ERROR",
      message: "relation x does not exist",
    });
    expect(localizedError(error, "en").message).toBe("Something went wrong on our side.");
    expect(localizedError(error, "es").message).toBe("Algo salió mal por nuestra parte.");
  });

  it("leaves zod's field messages as they are (the web forms translate them)", () => {
    const parsed = z.object({ email: z.email("Enter an email address.") }).safeParse({ email: 1 });
    const error = new TRPCError({ code: "BAD_REQUEST", cause: parsed.error });
    expect(localizedError(error, "es")).toEqual({
      message: "Algunos campos no son válidos.",
      fields: { email: "Enter an email address." },
    });
    expect(localizedError(error, "en").message).toBe(error.message);
  });
});
