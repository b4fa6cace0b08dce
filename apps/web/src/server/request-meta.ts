import type { RequestMeta } from "@resq/api";

/**
 * Where a request came from. X-Forwarded-For is not trusted (anyone can send it) until the
 * accounts feature adds the setting that says a proxy sets it.
 */
export function requestMetaFrom(headers: Headers): RequestMeta {
  return { ip: null, userAgent: headers.get("user-agent") };
}
