/**
 * The validation messages of the API's shared schemas (`@resq/api/admin-schemas`, the settings
 * definitions, the analytics range), in the viewer's language. The schemas stay the one source of
 * what is valid (the browser checks exactly what the server checks); only their English wording is
 * looked up here and replaced by the catalogue's. A message this table does not know is shown as it
 * is, and schema-messages.test.ts fails when a schema message has no translation.
 */
import type { FieldValues, Resolver } from "react-hook-form";

import type { AdminT } from "./labels";

/** Fixed schema wording → its key under admin.validation. */
const FIXED = {
  "Say why (at least 5 characters).": "reasonTooShort",
  "Enter a name.": "enterName",
  "Enter an email address.": "enterEmail",
  "Choose a role.": "chooseRole",
  "Use the date format YYYY-MM-DD.": "dateFormat",
  "Unknown user.": "unknownUser",
  "Type the user's email to confirm.": "typeEmail",
  "Use an action name such as record.read or admin.": "actionName",
  "Enter a number.": "enterNumber",
  "Use a whole number.": "wholeNumber",
  "Choose roles.": "chooseRoles",
  "At most 5 reminders.": "maxReminders",
  "Allow at least one file type.": "fileTypes",
  "Enter a size.": "enterSize",
  "At least 100 KB.": "min100Kb",
  "At most 10 MB.": "max10Mb",
  "Give a date as YYYY-MM-DD.": "giveDate",
  "The end is before the start.": "endBeforeStart",
  // zod's own wording, for the checks that carry no message of their own.
  "Invalid input: expected number, received NaN": "zodNotANumber",
  "Invalid input: expected int, received number": "zodNotWhole",
} as const;

/** Wording with a number in it → the message that takes that number. */
const PATTERNS: [RegExp, (t: AdminT, value: number) => string][] = [
  [/^Use at most (\d+) characters\.$/, (t, max) => t("validation.maxChars", { max })],
  [/^At least (\d+) minutes\.$/, (t, min) => t("validation.atLeastMinutes", { min })],
  [/^At least (\d+) hours\.$/, (t, min) => t("validation.atLeastHours", { min })],
  [/^At most (\d+) minutes\.$/, (t, max) => t("validation.atMostMinutes", { max })],
  [/^At most (\d+) hours\.$/, (t, max) => t("validation.atMostHours", { max })],
  [/^Choose at most (\d+) days \(two years\)\.$/, (t, max) => t("validation.maxDays", { max })],
  [/^Too small: expected number to be >=(\d+)$/, (t, min) => t("validation.zodTooSmall", { min })],
  [/^Too big: expected number to be <=(\d+)$/, (t, max) => t("validation.zodTooBig", { max })],
];

/** A schema's English message in the viewer's language (unknown wording as it is). */
export function schemaMessage(t: AdminT, message: string): string {
  if (Object.hasOwn(FIXED, message)) return t(`validation.${FIXED[message as keyof typeof FIXED]}`);
  for (const [pattern, translate] of PATTERNS) {
    const match = pattern.exec(message);
    if (match?.[1] !== undefined) return translate(t, Number(match[1]));
  }
  return message;
}

/** The messages of a resolver's field errors (nested objects and arrays too) run through `translate`. */
function translateErrors(errors: unknown, translate: (message: string) => string): unknown {
  if (Array.isArray(errors)) return errors.map((error) => translateErrors(error, translate));
  if (!errors || typeof errors !== "object") return errors;
  return Object.fromEntries(
    Object.entries(errors).map(([key, value]) => [
      key,
      key === "ref"
        ? value // the field's element: left as it is
        : key === "message" && typeof value === "string"
          ? translate(value)
          : translateErrors(value, translate),
    ]),
  );
}

/**
 * A form resolver whose error messages are in the viewer's language. Errors the server sends back
 * (set with form.setError) do not pass through here and stay as the server wrote them.
 */
export function localizedResolver<V extends FieldValues, C, O>(
  resolver: Resolver<V, C, O>,
  t: AdminT,
): Resolver<V, C, O> {
  return async (values, context, options) => {
    const result = await resolver(values, context, options);
    return {
      ...result,
      errors: translateErrors(result.errors, (message) => schemaMessage(t, message)),
    } as typeof result;
  };
}
