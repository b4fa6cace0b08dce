import "server-only";

import { cookies, headers } from "next/headers";
import { cache } from "react";

import { isLocale, negotiateLocale, type Locale } from "@resq/api/locales";

import { api, signedInCaller } from "~/trpc/server";

/** The cookie that keeps a visitor's language before (and besides) an account. */
export const LOCALE_COOKIE = "resq-locale";

/**
 * The language of this request: a signed-in user's saved choice, else the visitor's cookie, else
 * the browser's Accept-Language. Once per request.
 */
export const requestLocale = cache(async (): Promise<Locale> => {
  if (await signedInCaller()) {
    const saved = (await (await api()).account.me())?.locale;
    if (isLocale(saved)) return saved;
  }
  const fromCookie = (await cookies()).get(LOCALE_COOKIE)?.value;
  if (isLocale(fromCookie)) return fromCookie;
  return negotiateLocale((await headers()).get("accept-language"));
});
