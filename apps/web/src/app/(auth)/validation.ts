import { useTranslations } from "next-intl";
import { useCallback } from "react";
import type { FieldErrors, FieldValues, Resolver } from "react-hook-form";

/**
 * The sign-in, sign-up and account forms validate with the API's own schemas
 * (@resq/api/credential-schemas, @resq/api/schemas), so a form checks exactly what the server will.
 * Those schemas, the password policy (@resq/auth/password-policy) and zxcvbn speak English; these
 * helpers show their messages in the reader's language: each known English message maps to its key
 * under auth.validation. An unknown message (a new rule not yet in the catalogue) stays as written.
 */
export const MESSAGE_KEYS = {
  "That email address is too long.": "emailTooLong",
  "Enter a valid email address.": "emailInvalid",
  "Enter your name.": "nameRequired",
  "Enter your password.": "passwordRequired",
  "That password is too long.": "passwordTooLong",
  "Enter the code from the email.": "emailCodeRequired",
  "That code is too long.": "codeTooLong",
  "Enter the 6-digit code from your app, or a recovery code.": "secondFactorCode",
  "Enter the 6-digit code from your app.": "totpCode",
  "Choose a stronger password.": "strongerPassword",
  "Choose a password different from the current one.": "differentPassword",
  "Do not build your password from your name or email address.": "personalDetails",
  "This password is too easy to guess. Try a longer phrase of unrelated words.": "tooGuessable",
  // zxcvbn's warnings (@zxcvbn-ts/language-en), which the password policy passes on.
  "Straight rows of keys on your keyboard are easy to guess.": "passwordWarnings.straightRow",
  "Short keyboard patterns are easy to guess.": "passwordWarnings.keyPattern",
  'Repeated characters like "aaa" are easy to guess.': "passwordWarnings.simpleRepeat",
  'Repeated character patterns like "abcabcabc" are easy to guess.':
    "passwordWarnings.extendedRepeat",
  'Common character sequences like "abc" are easy to guess.': "passwordWarnings.sequences",
  "Recent years are easy to guess.": "passwordWarnings.recentYears",
  "Dates are easy to guess.": "passwordWarnings.dates",
  "This is a heavily used password.": "passwordWarnings.topTen",
  "This is a frequently used password.": "passwordWarnings.topHundred",
  "This is a commonly used password.": "passwordWarnings.common",
  "This is similar to a commonly used password.": "passwordWarnings.similarToCommon",
  "Single words are easy to guess.": "passwordWarnings.wordByItself",
  "Single names or surnames are easy to guess.": "passwordWarnings.namesByThemselves",
  "Common names and surnames are easy to guess.": "passwordWarnings.commonNames",
  "There should not be any personal or page related data.": "passwordWarnings.userInputs",
  "Your password was exposed by a data breach on the Internet.": "passwordWarnings.pwned",
} as const;

/** What translateValidationMessage needs: the auth.validation translator (useTranslations). */
export type ValidationTranslator = (
  key: (typeof MESSAGE_KEYS)[keyof typeof MESSAGE_KEYS] | "minLength" | "maxLength",
  values?: Record<string, number>,
) => string;

/** One English validation message (see above) in the translator's language; unknown ones as they are. */
export function translateValidationMessage(message: string, t: ValidationTranslator): string {
  if (Object.hasOwn(MESSAGE_KEYS, message)) {
    return t(MESSAGE_KEYS[message as keyof typeof MESSAGE_KEYS]);
  }
  const atLeast = /^Use at least (\d+) characters\.$/.exec(message);
  if (atLeast) return t("minLength", { min: Number(atLeast[1]) });
  const atMost = /^Use at most (\d+) characters\.$/.exec(message);
  if (atMost) return t("maxLength", { max: Number(atMost[1]) });
  return message;
}

/** translateValidationMessage in the reader's language. */
export function useValidationMessage(): (message: string) => string {
  const t = useTranslations("auth.validation");
  return useCallback((message: string) => translateValidationMessage(message, t), [t]);
}

/**
 * A form resolver whose error messages are translated. Wrap once per translator:
 * `useMemo(() => translatedResolver(zodResolver(schema), translate), [translate])`.
 */
export function translatedResolver<TFieldValues extends FieldValues, TContext, TOutput>(
  resolver: Resolver<TFieldValues, TContext, TOutput>,
  translate: (message: string) => string,
): Resolver<TFieldValues, TContext, TOutput> {
  return async (values, context, options) => {
    const result = await resolver(values, context, options);
    const errors: FieldErrors<TFieldValues> = result.errors;
    if (Object.keys(errors).length === 0) return result;
    return { values: {}, errors: translateError(errors, translate) as FieldErrors<TFieldValues> };
  };
}

/** The same errors with each message translated; nested fields (objects, arrays) included. */
function translateError(error: unknown, translate: (message: string) => string): unknown {
  if (Array.isArray(error)) return error.map((item: unknown) => translateError(item, translate));
  if (error === null || typeof error !== "object") return error;
  const record = error as Record<string, unknown>;
  // A field's error has a type (and a ref to its element, kept as it is); a group of fields not.
  if (typeof record.type === "string") {
    return typeof record.message === "string"
      ? { ...record, message: translate(record.message) }
      : record;
  }
  return Object.fromEntries(
    Object.entries(record).map(([name, value]) => [name, translateError(value, translate)]),
  );
}
