import "server-only";

import { headers } from "next/headers";
import { cache } from "react";

import { createCaller, createContext, readApiEnv } from "@resq/api";

import { currentCaller } from "~/server/caller";
import { database } from "~/server/db";
import { requestMetaFrom } from "~/server/request-meta";
import { jobQueue, keyring } from "~/server/runtime";

/** The signed-in principal of the current request, or null (once per request). */
export const signedInCaller = cache(async () => currentCaller(await headers()));

/**
 * The API for server components: the same procedures and access checks as over HTTP, called
 * in-process. One context per request. (Server components cannot set cookies: sign-in and
 * sign-out go through the HTTP endpoint.)
 */
export const api = cache(async () => {
  const requestHeaders = await headers();
  return createCaller(
    createContext({
      db: await database(),
      keyring: await keyring(),
      caller: await signedInCaller(),
      request: requestMetaFrom(requestHeaders),
      jobs: jobQueue(),
      appUrl: readApiEnv().APP_URL,
    }),
  );
});
