import "server-only";

import { headers } from "next/headers";
import { cache } from "react";

import { isLocale, requestLocale as headerLocale, type Locale } from "@resq/api/locales";

import { api, signedInCaller } from "~/trpc/server";

/**
 * The language of this request: a signed-in user's saved choice, else the visitor's cookie, else
 * the browser's Accept-Language. Once per request.
 */
export const requestLocale = cache(async (): Promise<Locale> => {
  if (await signedInCaller()) {
    const saved = (await (await api()).account.me())?.locale;
    if (isLocale(saved)) return saved;
  }
  return headerLocale(await headers());
});
