"use server";

import { cookies } from "next/headers";

import { isLocale, LOCALE_COOKIE } from "@resq/api/locales";

import { env } from "~/env";
import { api, signedInCaller } from "~/trpc/server";

/** Switches the language: saved in the profile when signed in, and in a cookie for this browser. */
export async function chooseLocale(locale: string): Promise<void> {
  if (!isLocale(locale)) return;
  if (await signedInCaller()) await (await api()).account.setLocale({ locale });
  (await cookies()).set(LOCALE_COOKIE, locale, {
    path: "/",
    sameSite: "lax",
    maxAge: 60 * 60 * 24 * 365,
    secure: (env.APP_URL ?? "").startsWith("https:"),
  });
}
