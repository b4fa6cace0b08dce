import { fetchRequestHandler } from "@trpc/server/adapters/fetch";

import { AppError, appRouter, createContext, describeErrorForLog, readApiEnv } from "@resq/api";

import { currentCaller } from "~/server/caller";
import { database } from "~/server/db";
import { isAllowedOrigin } from "~/server/origin";
import { requestMetaFrom } from "~/server/request-meta";
import { eventHub, jobQueue, keyring } from "~/server/runtime";
import { clearSessionCookieHeader, sessionCookieHeader } from "~/server/session-cookie";

export const dynamic = "force-dynamic";

async function handler(req: Request) {
  if (!isAllowedOrigin(req)) {
    return Response.json({ error: { message: "Cross-origin request refused." } }, { status: 403 });
  }
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req,
    router: appRouter,
    createContext: async ({ resHeaders }) =>
      createContext({
        db: await database(),
        keyring: await keyring(),
        caller: await currentCaller(req.headers),
        request: requestMetaFrom(req.headers),
        jobs: jobQueue(),
        events: eventHub(),
        appUrl: readApiEnv().APP_URL,
        sessionCookie: {
          set: (token, expiresAt) =>
            resHeaders.append("Set-Cookie", sessionCookieHeader(token, expiresAt, req.url)),
          clear: () => resHeaders.append("Set-Cookie", clearSessionCookieHeader(req.url)),
        },
      }),
    responseMeta({ errors }) {
      const headers = new Headers({ "Cache-Control": "no-store" });
      // Throttled calls tell the client when to try again.
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

export { handler as GET, handler as POST };
