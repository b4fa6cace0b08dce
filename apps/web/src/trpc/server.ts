import "server-only";

import { headers } from "next/headers";
import { cache } from "react";

import { createCaller, createContext } from "@resq/api";

import { currentCaller } from "~/server/caller";
import { database } from "~/server/db";
import { requestMetaFrom } from "~/server/request-meta";

/**
 * The API for server components: the same procedures and access checks as over HTTP, called
 * in-process. One context per request.
 */
export const api = cache(async () => {
  const requestHeaders = await headers();
  return createCaller(
    createContext({
      db: await database(),
      caller: await currentCaller(requestHeaders),
      request: requestMetaFrom(requestHeaders),
    }),
  );
});

/** The signed-in principal of the current request, or null. */
export const signedInCaller = cache(async () => currentCaller(await headers()));
