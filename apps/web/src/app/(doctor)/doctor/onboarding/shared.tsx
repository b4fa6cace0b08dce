"use client";

import type { inferRouterOutputs } from "@trpc/server";
import { z } from "zod";

import type { AppRouter } from "@resq/api";

export type Onboarding = inferRouterOutputs<AppRouter>["practice"]["onboarding"];

export const WIZARD_STEPS = [
  { step: "profile", label: "Profile" },
  { step: "licence", label: "Licence" },
  { step: "practice", label: "Practice" },
  { step: "services", label: "Services" },
  { step: "availability", label: "Hours" },
  { step: "booking", label: "Booking rules" },
  { step: "submit", label: "Submit" },
] as const;
export type WizardStep = (typeof WIZARD_STEPS)[number]["step"];

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

/** A "YYYY-MM-DD" date in words ("Monday, March 2, 2026"), the same on server and browser. */
export function formatDate(date: string): string {
  return new Intl.DateTimeFormat("en-US", { dateStyle: "full", timeZone: "UTC" }).format(
    new Date(`${date}T00:00:00Z`),
  );
}
