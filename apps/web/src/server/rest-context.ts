import "server-only";

import { createContext, readApiEnv, type Context } from "@resq/api";

import { currentCaller } from "./caller";
import { database } from "./db";
import { requestMetaFrom } from "./request-meta";
import { jobQueue, keyring } from "./runtime";

/**
 * The context for a REST call: the same as tRPC's, but authenticated by bearer token only (cookies
 * are ignored, so the REST API needs no CSRF defence) and with no session cookie to set.
 */
export async function restContext(request: Request): Promise<Context> {
  const headers = new Headers(request.headers);
  headers.delete("cookie");
  return createContext({
    db: await database(),
    keyring: await keyring(),
    caller: await currentCaller(headers),
    request: requestMetaFrom(request.headers),
    jobs: jobQueue(),
    appUrl: readApiEnv().APP_URL,
  });
}
