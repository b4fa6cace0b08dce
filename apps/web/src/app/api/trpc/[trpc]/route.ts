import { createContext, readApiEnv } from "@resq/api";
import { handleTrpcRequest } from "@resq/api/http";

import { currentCaller } from "~/server/caller";
import { database } from "~/server/db";
import { isAllowedOrigin } from "~/server/origin";
import { requestMetaFrom } from "~/server/request-meta";
import { eventHub, jobQueue, keyring } from "~/server/runtime";
import { clearSessionCookieHeader, sessionCookieHeader } from "~/server/session-cookie";

export const dynamic = "force-dynamic";

/** tRPC over HTTP: origin check, body limit, 503 on a database outage (packages/api/src/http). */
async function handler(req: Request) {
  return handleTrpcRequest(req, {
    isAllowedOrigin,
    createContext: async (request, resHeaders) =>
      createContext({
        db: await database(),
        keyring: await keyring(),
        caller: await currentCaller(request.headers),
        request: requestMetaFrom(request.headers),
        jobs: jobQueue(),
        events: eventHub(),
        appUrl: readApiEnv().APP_URL,
        sessionCookie: {
          set: (token, expiresAt) =>
            resHeaders.append("Set-Cookie", sessionCookieHeader(token, expiresAt, request.url)),
          clear: () => resHeaders.append("Set-Cookie", clearSessionCookieHeader(request.url)),
        },
      }),
  });
}

export { handler as GET, handler as POST };
