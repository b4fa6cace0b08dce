import { clientIp } from "@resq/auth/client-ip";
import type { RequestMeta } from "@resq/api";
import { requestLocale } from "@resq/api/locales";

import { env } from "~/env";

/**
 * Where a request came from. Next.js does not expose the socket address to route handlers, so behind
 * a proxy set TRUST_PROXY=true (it sets X-Forwarded-For); otherwise the IP is unknown and per-IP
 * throttles fall back to one shared bucket, per-account throttles still apply. And the request's
 * language (the language cookie, else Accept-Language): emails to a visitor with no account yet.
 */
export function requestMetaFrom(headers: Headers): RequestMeta {
  return {
    ip: clientIp(headers, { trustProxy: env.TRUST_PROXY }),
    userAgent: headers.get("user-agent"),
    locale: requestLocale(headers),
  };
}
