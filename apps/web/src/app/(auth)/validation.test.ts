import { zodResolver } from "@hookform/resolvers/zod";
import { createTranslator } from "next-intl";
import type { FieldValues, Resolver } from "react-hook-form";
import { describe, expect, it } from "vitest";

import type { Locale } from "@resq/api/locales";
import { changePasswordInput, signInInput, signUpInput } from "@resq/api/schemas";

import { catalogues } from "../../i18n/catalogue";

import {
  MESSAGE_KEYS,
  translatedResolver,
  translateValidationMessage,
  type ValidationTranslator,
} from "./validation";

function translator(locale: Locale): ValidationTranslator {
  return createTranslator({ locale, messages: catalogues[locale], namespace: "auth.validation" });
}

/** The error message of each field the resolver finds fault with, translated. */
async function messagesOf<TValues extends FieldValues, TOutput>(
  resolver: Resolver<TValues, unknown, TOutput>,
  values: NoInfer<TValues>,
  locale: Locale,
): Promise<Record<string, string | undefined>> {
  const t = translator(locale);
  const resolve = translatedResolver(resolver, (message) => translateValidationMessage(message, t));
  const { errors } = await resolve(values, undefined, {
    fields: {},
    shouldUseNativeValidation: false,
  });
  return Object.fromEntries(
    Object.entries(errors).map(([name, error]) => [
      name,
      typeof error?.message === "string" ? error.message : undefined,
    ]),
  );
}

describe("validation messages", () => {
  it("are, in English, exactly the schemas' own words", () => {
    const t = translator("en");
    for (const message of Object.keys(MESSAGE_KEYS)) {
      expect(translateValidationMessage(message, t)).toBe(message);
    }
    expect(translateValidationMessage("Use at least 8 characters.", t)).toBe(
      "Use at least 8 characters.",
    );
    expect(translateValidationMessage("Use at most 120 characters.", t)).toBe(
      "Use at most 120 characters.",
    );
  });

  it("are translated in Spanish, each to its own words", () => {
    const t = translator("es");
    const spanish = Object.keys(MESSAGE_KEYS).map((message) =>
      translateValidationMessage(message, t),
    );
    for (const [index, message] of Object.keys(MESSAGE_KEYS).entries()) {
      expect(spanish[index]).not.toBe(message);
    }
    expect(new Set(spanish).size).toBe(spanish.length);
    expect(translateValidationMessage("Use at least 8 characters.", t)).toBe(
      "Use al menos 8 caracteres.",
    );
  });

  it("leaves a message it does not know as it is", () => {
    expect(translateValidationMessage("Something new.", translator("es"))).toBe("Something new.");
  });

  it("translate the errors a form's schema finds", async () => {
    expect(
      await messagesOf(zodResolver(signInInput), { email: "nope", password: "" }, "es"),
    ).toEqual({
      email: "Introduzca una dirección de correo electrónico válida.",
      password: "Introduzca su contraseña.",
    });
    expect(
      await messagesOf(zodResolver(signInInput), { email: "nope", password: "" }, "en"),
    ).toEqual({
      email: "Enter a valid email address.",
      password: "Enter your password.",
    });
  });

  it("translate the password policy's problems", async () => {
    expect(
      await messagesOf(
        zodResolver(signUpInput),
        { role: "patient", name: "Ana", email: "ana@example.org", password: "short" },
        "es",
      ),
    ).toEqual({ password: "Use al menos 8 caracteres." });
    expect(
      await messagesOf(
        zodResolver(signUpInput),
        {
          role: "patient",
          name: "Rosalind Franklin",
          email: "rosalind@example.org",
          password: "rosalindfranklin",
        },
        "es",
      ),
    ).toEqual({
      password:
        "No construya su contraseña a partir de su nombre o su dirección de correo electrónico.",
    });
    const weak = await messagesOf(
      zodResolver(changePasswordInput),
      { currentPassword: "x", newPassword: "password1" },
      "es",
    );
    // zxcvbn's English warning (or the policy's own sentence) comes out in Spanish.
    const t = translator("es");
    const spanish = Object.keys(MESSAGE_KEYS).map((message) =>
      translateValidationMessage(message, t),
    );
    expect(spanish).toContain(weak.newPassword);
  });

  it("keep a valid form's values", async () => {
    const t = translator("es");
    const resolve = translatedResolver(zodResolver(signInInput), (message) =>
      translateValidationMessage(message, t),
    );
    const result = await resolve({ email: "Ana@Example.org", password: "secret" }, undefined, {
      fields: {},
      shouldUseNativeValidation: false,
    });
    expect(result).toEqual({
      values: { email: "ana@example.org", password: "secret" },
      errors: {},
    });
  });
});
