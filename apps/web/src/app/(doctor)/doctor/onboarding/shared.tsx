"use client";

import type { inferRouterOutputs } from "@trpc/server";
import { useTranslations } from "next-intl";
import { z } from "zod";

import type { AppRouter } from "@resq/api";

import { capitalized } from "../schedule/range";

export type Onboarding = inferRouterOutputs<AppRouter>["practice"]["onboarding"];

/** The wizard's steps in order; each one's name is `doctor.onboarding.steps.<step>`. */
export const WIZARD_STEPS = [
  "profile",
  "licence",
  "practice",
  "services",
  "availability",
  "booking",
  "submit",
] as const;
export type WizardStep = (typeof WIZARD_STEPS)[number];

/** A step's name in the reader's language ("Booking rules"). */
export function useStepLabel(): (step: WizardStep) => string {
  const t = useTranslations("doctor.onboarding.steps");
  return (step) => t(step);
}

export interface StepProps {
  data: Onboarding;
  /** Re-reads the wizard state, then moves on to the next step (or `to`). */
  onSaved: (to?: WizardStep) => Promise<void>;
}

/**
 * A number field's schema for a form: an empty field reads as NaN, which gets this message
 * instead of "expected number, received NaN"; then the shared schema's own rules apply.
 */
export function numberField<T extends z.ZodType<number, number>>(inner: T, message: string) {
  return z.number({ error: message }).pipe(inner);
}

/** `register` options for a number input: "" → NaN (the schema then says what to enter). */
export const asNumber = {
  setValueAs: (value: unknown) =>
    value === "" || value === null || value === undefined ? Number.NaN : Number(value),
};

export const selectClass =
  "h-10 w-full rounded-md border border-input bg-background px-3 text-base shadow-xs outline-none focus-visible:border-ring focus-visible:ring-[3px] focus-visible:ring-ring/50 aria-invalid:border-destructive md:text-sm dark:bg-input/30";

export const checkboxClass = "size-5 shrink-0 accent-primary";

/**
 * A "YYYY-MM-DD" date in words in the reader's language ("Monday, March 2, 2026";
 * "lunes, 2 de marzo de 2026"), the same on server and browser.
 */
export function formatDate(date: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: "full", timeZone: "UTC" }).format(
    new Date(`${date}T00:00:00Z`),
  );
}

/**
 * A weekday's name in the reader's language, counted as the API does (0 = Sunday):
 * 1 → "Monday" / "lunes". 2023-01-01 was a Sunday.
 */
export function weekdayName(weekday: number, locale: string): string {
  return new Intl.DateTimeFormat(locale, { weekday: "long", timeZone: "UTC" }).format(
    new Date(Date.UTC(2023, 0, 1 + weekday)),
  );
}

/** A language code in words in the reader's language ("fr" → "French" / "francés"). */
export function languageLabel(code: string, fallback: string, locale: string): string {
  try {
    const name = new Intl.DisplayNames(locale, { type: "language", fallback: "none" }).of(code);
    return name ? capitalized(name, locale) : fallback;
  } catch {
    return fallback;
  }
}
