import "server-only";

import { headers } from "next/headers";
import { cache } from "react";

import { requestLocale as headerLocale, type Locale } from "@resq/api/locales";

import { signedInCaller } from "~/trpc/server";

/**
 * The language of this request: a signed-in user's saved choice, else the visitor's cookie, else
 * the browser's Accept-Language. Once per request.
 */
export const requestLocale = cache(async (): Promise<Locale> => {
  // The caller is resolved once per request anyway; their saved language comes with it.
  return (await signedInCaller())?.locale ?? headerLocale(await headers());
});
