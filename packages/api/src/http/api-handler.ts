import type { Keyring } from "@resq/auth/encryption";
import { SESSION_COOKIE } from "@resq/auth/session";
import type { DatabaseHandle } from "@resq/db/client";

import { resolveCaller } from "../auth/caller";
import { createContext, type Context } from "../context";
import { checkHealth } from "../health";
import { noJobs, type JobQueue } from "../jobs";
import { errorText } from "../i18n/errors";
import * as rest from "../rest";
import { requestLocale } from "../locales";
import { handleTrpcRequest } from "./trpc-handler";

export interface ApiHandlerOptions {
  handle: DatabaseHandle;
  keyring: Keyring;
  jobs?: JobQueue;
  /** Take the client's IP from X-Forwarded-For (a load run simulates many clients on one host). */
  trustForwardedFor?: boolean;
}

function cookie(header: string | null, name: string): string | null {
  for (const part of (header ?? "").split(";")) {
    const [key, ...value] = part.trim().split("=");
    if (key === name) return value.join("=") || null;
  }
  return null;
}

/**
 * RESQ's API (tRPC, the REST routes, health) as one fetch handler over a database handle, with the
 * same procedures and error mapping as the Next.js routes. The fault, load and shutdown tests serve
 * it on a real socket (node-server.ts); the web app keeps its own thin route files.
 */
export function createApiHandler(options: ApiHandlerOptions) {
  const { handle, keyring } = options;
  const jobs = options.jobs ?? noJobs;

  async function context(
    request: Request,
    ip: string | null,
    useCookie: boolean,
  ): Promise<Context> {
    const forwarded = options.trustForwardedFor
      ? request.headers.get("x-forwarded-for")?.split(",")[0]?.trim()
      : undefined;
    const bearer = /^Bearer\s+(\S+)$/i.exec(request.headers.get("authorization") ?? "")?.[1];
    const sessionToken = useCookie ? cookie(request.headers.get("cookie"), SESSION_COOKIE) : null;
    return createContext({
      db: handle.db,
      keyring,
      jobs,
      caller:
        sessionToken || bearer
          ? await resolveCaller(handle.db, keyring, { sessionToken, bearerToken: bearer ?? null })
          : null,
      request: {
        ip: forwarded ?? ip,
        userAgent: request.headers.get("user-agent"),
        locale: requestLocale(request.headers),
      },
    });
  }

  type Rest = (request: Request, ctx: Context, id: string) => Promise<Response>;
  const routes: [string, RegExp, Rest][] = [
    ["POST", /^\/api\/auth\/login\/$/, (r, c) => rest.restLogin(r, c)],
    ["POST", /^\/api\/auth\/refresh\/$/, (r, c) => rest.restRefresh(r, c)],
    ["POST", /^\/api\/auth\/logout\/$/, (r, c) => rest.restLogout(r, c)],
    ["GET", /^\/api\/appointments\/doctors\/$/, (r, c) => rest.restSearchDoctors(r, c)],
    ["GET", /^\/api\/appointments\/doctors\/([^/]+)\/slots\/$/, rest.restDoctorSlots],
    ["GET", /^\/api\/appointments\/appointments\/$/, (r, c) => rest.restListAppointments(r, c)],
    ["POST", /^\/api\/appointments\/appointments\/$/, (r, c) => rest.restBook(r, c)],
    ["POST", /^\/api\/appointments\/appointments\/([^/]+)\/cancel\/$/, rest.restCancel],
    ["GET", /^\/api\/medical-records\/records\/$/, (r, c) => rest.restListRecords(r, c)],
    ["GET", /^\/api\/medical-records\/records\/([^/]+)\/$/, rest.restGetRecord],
  ];

  return async function handleApiRequest(
    request: Request,
    client: { ip: string | null },
  ): Promise<Response> {
    const { pathname } = new URL(request.url);
    if (pathname === "/api/health") {
      const { httpStatus, body } = await checkHealth(() => Promise.resolve(handle));
      return Response.json(body, { status: httpStatus, headers: { "Cache-Control": "no-store" } });
    }
    if (pathname.startsWith("/api/trpc/")) {
      return handleTrpcRequest(request, {
        createContext: async (req, resHeaders) => {
          const ctx = await context(req, client.ip, true);
          ctx.sessionCookie = {
            set: (token, expiresAt) =>
              resHeaders.append(
                "Set-Cookie",
                `${SESSION_COOKIE}=${token}; Path=/; HttpOnly; SameSite=Lax; Expires=${expiresAt.toUTCString()}`,
              ),
            clear: () =>
              resHeaders.append(
                "Set-Cookie",
                `${SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0`,
              ),
          };
          return ctx;
        },
      });
    }
    for (const [method, pattern, route] of routes) {
      const match = request.method === method ? pattern.exec(pathname) : null;
      if (!match) continue;
      try {
        // REST is bearer-only: cookies are ignored, as in the web app.
        return await route(request, await context(request, client.ip, false), match[1] ?? "");
      } catch (error) {
        // Only building the context throws here (routes answer their own errors).
        return rest.toErrorResponse(error, requestLocale(request.headers));
      }
    }
    return rest.errorResponse(
      404,
      "NOT_FOUND",
      errorText(requestLocale(request.headers), "No such endpoint."),
    );
  };
}
