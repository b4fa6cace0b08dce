import "server-only";

import { createContext, readApiEnv, type Context } from "@resq/api";
import { toErrorResponse } from "@resq/api/rest";

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

/**
 * Runs a REST handler with its context. Building the context resolves the bearer token in the
 * database, so an outage there answers like one inside the handler: 503 with a clear message.
 */
export async function withRestContext(
  request: Request,
  handle: (ctx: Context) => Promise<Response>,
): Promise<Response> {
  let ctx: Context;
  try {
    ctx = await restContext(request);
  } catch (error) {
    return toErrorResponse(error, requestMetaFrom(request.headers).locale);
  }
  return handle(ctx);
}
