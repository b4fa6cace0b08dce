/**
 * The patient's own profile: what they may write, shared by the API and the web form
 * (`@resq/api/patient-profile-schemas`) so the browser checks exactly what the server checks.
 * Only zod and Intl here: safe for client bundles.
 *
 * The messages are English for API clients; the web form builds the same schema with its
 * translated messages (`patientProfileSchema(message)`), so the rules can never drift apart.
 */
import { z } from "zod";

/** Sex recorded at birth: the few answers a practice needs, including not answering. */
export const SEXES_AT_BIRTH = ["female", "male", "intersex", "prefer_not_to_say"] as const;
export type SexAtBirth = (typeof SEXES_AT_BIRTH)[number];

export function isSexAtBirth(value: unknown): value is SexAtBirth {
  return typeof value === "string" && (SEXES_AT_BIRTH as readonly string[]).includes(value);
}

/** Longest accepted text per field (characters, after trimming). */
export const PATIENT_PROFILE_MAX = {
  name: 120,
  phone: 30,
  addressLine: 200,
  city: 100,
  postalCode: 20,
  country: 100,
  emergencyContactName: 120,
  emergencyContactPhone: 30,
  timeZone: 64,
} as const;

/** The earliest date of birth accepted. */
export const EARLIEST_BIRTH_DATE = "1900-01-01";

/** The English messages, by key; the web catalogue has one per key under `profile.errors`. */
export const PATIENT_PROFILE_MESSAGES = {
  nameRequired: "Enter your name.",
  tooLong: "Use at most {max} characters.",
  dateOfBirthFormat: "Enter a real date, like 1985-04-23.",
  dateOfBirthFuture: "Your date of birth cannot be in the future.",
  dateOfBirthTooEarly: "Enter a date of birth from 1900 onwards.",
  sexAtBirth: "Choose one of the options.",
  phone: "Enter a phone number using digits, like +1 212 555 0100.",
  emergencyContactPhoneMissing:
    "Add your emergency contact's phone number too, or clear their name.",
  emergencyContactNameMissing:
    "Add your emergency contact's name too, or clear their phone number.",
  timeZone: "Choose a time zone from the list, like America/New_York.",
} as const;
export type PatientProfileMessageKey = keyof typeof PATIENT_PROFILE_MESSAGES;
export type PatientProfileMessage = (
  key: PatientProfileMessageKey,
  values?: { max: number },
) => string;

export const englishMessage: PatientProfileMessage = (key, values) =>
  PATIENT_PROFILE_MESSAGES[key].replace("{max}", String(values?.max ?? ""));

/**
 * The latest calendar date anywhere on Earth right now (UTC+14): a birth date up to that day is
 * not "in the future" for someone whose day has already begun.
 */
export function latestDateOnEarth(now = Date.now()): string {
  return new Date(now + 14 * 3_600_000).toISOString().slice(0, 10);
}

/**
 * An IANA time zone name this JavaScript engine knows ("Europe/Madrid", "UTC"). Offsets such as
 * "+01:00", which newer engines also accept, are not zone names: they ignore daylight saving.
 */
export function isTimeZone(zone: string): boolean {
  if (!/^[A-Za-z][A-Za-z0-9_+\-/]*$/.test(zone)) return false;
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** A phone number as people write them: digits, spaces, "+", "(", ")", ".", "-"; 6+ digits. */
function isPhoneNumber(value: string): boolean {
  return /^\+?[0-9 ().-]+$/.test(value) && (value.match(/[0-9]/g)?.length ?? 0) >= 6;
}

const blankToNull = (value: string) => (value === "" ? null : value);

/** The patient's profile as they edit it: every field is sent; an empty one is cleared. */
export function patientProfileSchema(message: PatientProfileMessage = englishMessage) {
  const tooLong = (max: number) => message("tooLong", { max });
  /** Trimmed text; empty (or null) means "not given" and is stored as null. */
  const optional = (
    max: number,
    inner: (text: z.ZodString) => z.ZodType<string, string> = (t) => t,
  ) =>
    z
      .string()
      .trim()
      .transform(blankToNull)
      .pipe(inner(z.string().max(max, tooLong(max))).nullable())
      .nullable();
  const phone = (max: number) =>
    optional(max, (text) => text.refine(isPhoneNumber, message("phone")));

  return (
    z
      .object({
        name: z
          .string()
          .trim()
          .min(1, message("nameRequired"))
          .max(PATIENT_PROFILE_MAX.name, tooLong(PATIENT_PROFILE_MAX.name)),
        dateOfBirth: z
          .string()
          .trim()
          .transform(blankToNull)
          .pipe(
            z.iso
              .date(message("dateOfBirthFormat"))
              .refine((date) => date >= EARLIEST_BIRTH_DATE, message("dateOfBirthTooEarly"))
              .refine((date) => date <= latestDateOnEarth(), message("dateOfBirthFuture"))
              .nullable(),
          )
          .nullable(),
        sexAtBirth: z
          .string()
          .trim()
          .transform(blankToNull)
          .pipe(z.enum(SEXES_AT_BIRTH, message("sexAtBirth")).nullable())
          .nullable(),
        phone: phone(PATIENT_PROFILE_MAX.phone),
        addressLine: optional(PATIENT_PROFILE_MAX.addressLine),
        city: optional(PATIENT_PROFILE_MAX.city),
        postalCode: optional(PATIENT_PROFILE_MAX.postalCode),
        country: optional(PATIENT_PROFILE_MAX.country),
        emergencyContactName: optional(PATIENT_PROFILE_MAX.emergencyContactName),
        emergencyContactPhone: phone(PATIENT_PROFILE_MAX.emergencyContactPhone),
        timeZone: optional(PATIENT_PROFILE_MAX.timeZone, (text) =>
          text.refine(isTimeZone, message("timeZone")),
        ),
      })
      // Someone to call needs both a name and a number: half a contact helps nobody. Checked even
      // while other fields are wrong (once the contact's own fields are valid), so a form shows
      // every problem at once.
      .refine((profile) => !(profile.emergencyContactName && !profile.emergencyContactPhone), {
        path: ["emergencyContactPhone"],
        message: message("emergencyContactPhoneMissing"),
        when: contactFieldsValid,
      })
      .refine((profile) => !(profile.emergencyContactPhone && !profile.emergencyContactName), {
        path: ["emergencyContactName"],
        message: message("emergencyContactNameMissing"),
        when: contactFieldsValid,
      })
  );
}

const CONTACT_FIELDS: readonly PropertyKey[] = ["emergencyContactName", "emergencyContactPhone"];
function contactFieldsValid(payload: { issues: readonly { path?: readonly PropertyKey[] }[] }) {
  return !payload.issues.some((issue) => CONTACT_FIELDS.includes(issue.path?.[0] ?? ""));
}

export const updatePatientProfileInput = patientProfileSchema();
export type PatientProfileInput = z.input<typeof updatePatientProfileInput>;
export type PatientProfileValues = z.output<typeof updatePatientProfileInput>;

/** The profile's fields, in the order the form asks for them (and the audit names them). */
export const PATIENT_PROFILE_FIELDS = [
  "name",
  "dateOfBirth",
  "sexAtBirth",
  "phone",
  "addressLine",
  "city",
  "postalCode",
  "country",
  "emergencyContactName",
  "emergencyContactPhone",
  "timeZone",
] as const satisfies readonly (keyof PatientProfileValues)[];
export type PatientProfileField = (typeof PATIENT_PROFILE_FIELDS)[number];
