import { fetchRequestHandler } from "@trpc/server/adapters/fetch";

import type { Context } from "../context";
import { describeErrorForLog } from "../log";
import { appRouter } from "../root";
import { errorText } from "../i18n/errors";
import { requestLocale } from "../locales";
import { AppError, databaseUnavailable, localizedError } from "../trpc";
import { readBodyLimited, TRPC_MAX_BODY_BYTES } from "./body-limit";
import { DATABASE_RETRY_SECONDS, isDatabaseUnavailable } from "./outage";

/**
 * No request waits longer than this: a query caught on a connection at the moment the database
 * went away can stay unsettled in the driver, and a client must get an answer (503), not a hang.
 * Long enough that an overloaded but working server is not cut short (the work may still commit,
 * which is why the message asks the client to check).
 */
export const REQUEST_DEADLINE_MS = 30_000;

export interface TrpcHandlerOptions {
  /** Builds the call's context; `resHeaders` receives Set-Cookie and the like. */
  createContext(request: Request, resHeaders: Headers): Promise<Context>;
  /** CSRF check for cookie-authenticated requests; refused with 403 when false. */
  isAllowedOrigin?(request: Request): boolean;
  endpoint?: string;
}

/**
 * The tRPC endpoint as a plain fetch handler (Request → Response), shared by the Next.js route and
 * by the tests that serve it over real HTTP (faults, load). Bodies over the limit answer 413, an
 * unreachable database 503, answers are never cached.
 */
export async function handleTrpcRequest(
  request: Request,
  options: TrpcHandlerOptions,
): Promise<Response> {
  // Before the context exists, the request's own language (cookie, else Accept-Language).
  const locale = requestLocale(request.headers);
  if (options.isAllowedOrigin && !options.isAllowedOrigin(request)) {
    return Response.json(
      {
        error: {
          code: "CROSS_ORIGIN",
          message: errorText(locale, "Cross-origin request refused."),
        },
      },
      { status: 403, headers: { "Cache-Control": "no-store" } },
    );
  }
  let req = request;
  if (request.method !== "GET" && request.method !== "HEAD") {
    try {
      const body = await readBodyLimited(request, TRPC_MAX_BODY_BYTES);
      req = new Request(request.url, { method: request.method, headers: request.headers, body });
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      return Response.json(
        { error: { code: error.appCode, message: localizedError(error, locale).message } },
        { status: 413, headers: { "Cache-Control": "no-store", Connection: "close" } },
      );
    }
  }
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<Response>((resolve) => {
    timer = setTimeout(
      () =>
        resolve(
          Response.json(
            {
              error: {
                code: "DATABASE_TIMEOUT",
                message: errorText(
                  locale,
                  "RESQ did not get an answer from its database in time. Please check, then try again in a moment.",
                ),
              },
            },
            {
              status: 503,
              headers: {
                "Cache-Control": "no-store",
                "Retry-After": String(DATABASE_RETRY_SECONDS),
              },
            },
          ),
        ),
      REQUEST_DEADLINE_MS,
    );
  });
  try {
    return await Promise.race([answer(req, options), deadline]);
  } finally {
    clearTimeout(timer);
  }
}

function answer(req: Request, options: TrpcHandlerOptions): Promise<Response> {
  return fetchRequestHandler({
    endpoint: options.endpoint ?? "/api/trpc",
    req,
    router: appRouter,
    createContext: async ({ resHeaders }) => {
      try {
        return await options.createContext(req, resHeaders);
      } catch (error) {
        // Resolving the caller reads the session: a database outage here is a 503 too.
        if (isDatabaseUnavailable(error)) throw databaseUnavailable();
        throw error;
      }
    },
    responseMeta({ errors }) {
      const headers = new Headers({ "Cache-Control": "no-store" });
      // Throttled calls and outages tell the client when to try again.
      const retryAfter = errors.find(
        (error): error is AppError => error instanceof AppError && !!error.retryAfterSeconds,
      )?.retryAfterSeconds;
      if (retryAfter) headers.set("Retry-After", String(retryAfter));
      return { headers };
    },
    onError({ error, path }) {
      if (error.code === "INTERNAL_SERVER_ERROR") {
        console.error(`tRPC ${path ?? "?"} failed: ${describeErrorForLog(error)}`);
      }
    },
  });
}
