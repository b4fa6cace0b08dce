import { z } from "zod";

import { SPECIALTY_SLUGS } from "@resq/db/reference";

/** Doctor onboarding inputs, shared by the API and the wizard's forms. */
const text = (max: number, label: string) =>
  z.string().trim().min(1, `Enter ${label}.`).max(max, `Use at most ${max} characters.`);
const optionalText = (max: number) =>
  z.string().trim().max(max, `Use at most ${max} characters.`).optional().nullable();
export const wallTimeSchema = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Use a time like 09:00.");
export const localDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Use a date like 2026-12-31.")
  .refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)), "That date does not exist.");

/** ISO 639-1 language codes the directory offers. */
export const LANGUAGES = {
  en: "English",
  es: "Spanish",
  fr: "French",
  de: "German",
  pt: "Portuguese",
  zh: "Chinese",
  ar: "Arabic",
  hi: "Hindi",
  ru: "Russian",
  it: "Italian",
  ta: "Tamil",
  tr: "Turkish",
  pl: "Polish",
  ja: "Japanese",
  ko: "Korean",
  vi: "Vietnamese",
} as const;
export const languageSchema = z.enum(
  Object.keys(LANGUAGES) as [keyof typeof LANGUAGES, ...(keyof typeof LANGUAGES)[]],
);

export const profileInput = z.object({
  displayName: text(120, "the name patients will see"),
  specialty: z.enum(SPECIALTY_SLUGS, "Choose a specialty from the list."),
  subSpecialties: z
    .array(z.string().trim().min(1).max(60))
    .max(10, "At most 10 sub-specialties.")
    .default([]),
  bio: optionalText(2000),
  languages: z.array(languageSchema).min(1, "Choose at least one language.").max(10),
  yearsOfPractice: z
    .number()
    .int("Use whole years.")
    .min(0, "Cannot be negative.")
    .max(70, "That is more than 70 years."),
  education: optionalText(1000),
  acceptingNewPatients: z.boolean().default(true),
});

export const licenceInput = z.object({
  licenceNumber: text(60, "the licence number"),
  licenceAuthority: text(120, "the issuing authority"),
  licenceExpiresOn: localDateSchema,
});

function isTimeZone(zone: string) {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export const practiceInput = z.object({
  name: text(120, "the practice name"),
  addressLine: text(200, "the street address"),
  city: text(80, "the city"),
  postalCode: optionalText(20),
  country: z
    .string()
    .trim()
    .length(2, "Use the two-letter country code, like US.")
    .toUpperCase()
    .default("US"),
  phone: z
    .string()
    .trim()
    .regex(/^\+?[0-9 ()-]{6,20}$/, "Enter a phone number, like +1 212 555 0100.")
    .optional()
    .nullable(),
  timeZone: z
    .string()
    .refine(isTimeZone, "Choose a time zone from the list, like America/New_York."),
});

export const serviceInput = z.object({
  id: z.uuid().optional(),
  name: text(120, "the service name"),
  description: optionalText(1000),
  durationMinutes: z.number().int().min(5, "At least 5 minutes.").max(480, "At most 8 hours."),
  priceMinor: z
    .number()
    .int("Use whole cents.")
    .min(0, "Cannot be negative.")
    .max(10_000_000, "That price is too high."),
  currency: z
    .string()
    .trim()
    .regex(/^[A-Z]{3}$/, "Use a currency code like USD.")
    .default("USD"),
  active: z.boolean().default(true),
});

const minutes = (value: string) => Number(value.slice(0, 2)) * 60 + Number(value.slice(3, 5));

export const availabilityInput = z.object({
  rules: z
    .array(
      z.object({
        weekday: z.number().int().min(0).max(6),
        startTime: wallTimeSchema,
        endTime: wallTimeSchema,
      }),
    )
    .max(50)
    .superRefine((rules, ctx) => {
      rules.forEach((rule, i) => {
        if (minutes(rule.startTime) >= minutes(rule.endTime))
          ctx.addIssue({
            code: "custom",
            path: [i, "endTime"],
            message: "The end must be after the start.",
          });
      });
      for (let i = 0; i < rules.length; i++) {
        for (let j = i + 1; j < rules.length; j++) {
          const a = rules[i];
          const b = rules[j];
          if (
            a &&
            b &&
            a.weekday === b.weekday &&
            minutes(a.startTime) < minutes(b.endTime) &&
            minutes(b.startTime) < minutes(a.endTime)
          ) {
            ctx.addIssue({
              code: "custom",
              path: [j, "startTime"],
              message: "This overlaps other hours on the same day.",
            });
          }
        }
      }
    }),
});

export const overrideInput = z
  .object({
    date: localDateSchema,
    kind: z.enum(["time_off", "extra_hours"]),
    startTime: wallTimeSchema.nullable().optional(),
    endTime: wallTimeSchema.nullable().optional(),
    note: optionalText(200),
  })
  .superRefine((value, ctx) => {
    const hasTimes = !!value.startTime || !!value.endTime;
    if (value.kind === "extra_hours" && !(value.startTime && value.endTime))
      ctx.addIssue({
        code: "custom",
        path: ["startTime"],
        message: "Extra hours need a start and an end.",
      });
    if (hasTimes && !(value.startTime && value.endTime))
      ctx.addIssue({
        code: "custom",
        path: ["endTime"],
        message: "Give both a start and an end, or neither for the whole day.",
      });
    if (value.startTime && value.endTime && minutes(value.startTime) >= minutes(value.endTime))
      ctx.addIssue({
        code: "custom",
        path: ["endTime"],
        message: "The end must be after the start.",
      });
  });

export const bookingSettingsInput = z.object({
  bufferBeforeMinutes: z.number().int().min(0).max(120),
  bufferAfterMinutes: z.number().int().min(0).max(120),
  minimumNoticeMinutes: z
    .number()
    .int()
    .min(0)
    .max(14 * 24 * 60),
  bookingHorizonDays: z.number().int().min(1).max(365),
  maxAppointmentsPerDay: z.number().int().min(1).max(100).nullable(),
  cancellationWindowHours: z
    .number()
    .int()
    .min(0)
    .max(14 * 24),
});

export const ONBOARDING_STEPS = [
  "profile",
  "licence",
  "practice",
  "services",
  "availability",
  "booking",
] as const;
export type OnboardingStep = (typeof ONBOARDING_STEPS)[number];
