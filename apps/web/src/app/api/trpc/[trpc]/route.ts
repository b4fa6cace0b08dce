import { fetchRequestHandler } from "@trpc/server/adapters/fetch";

import { appRouter, createContext, describeErrorForLog } from "@resq/api";

import { currentCaller } from "~/server/caller";
import { database } from "~/server/db";
import { requestMetaFrom } from "~/server/request-meta";

export const dynamic = "force-dynamic";

function handler(req: Request) {
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req,
    router: appRouter,
    createContext: async () =>
      createContext({
        db: await database(),
        caller: await currentCaller(req.headers),
        request: requestMetaFrom(req.headers),
      }),
    responseMeta: () => ({ headers: new Headers({ "Cache-Control": "no-store" }) }),
    onError({ error, path }) {
      if (error.code === "INTERNAL_SERVER_ERROR") {
        console.error(`tRPC ${path ?? "?"} failed: ${describeErrorForLog(error)}`);
      }
    },
  });
}

export { handler as GET, handler as POST };
