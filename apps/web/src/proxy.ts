import { NextResponse, type NextRequest } from "next/server";

import { env } from "~/env";
import {
  contentSecurityPolicy,
  createNonce,
  strictTransportSecurity,
} from "~/server/security-headers";

/**
 * Gives every page a fresh CSP nonce. Next.js reads the nonce from the request's
 * Content-Security-Policy header and puts it on the scripts it renders; the root layout reads it
 * (which also makes every page dynamic, as a per-request nonce requires). The same policy goes out
 * on the response, with HSTS when RESQ is served over https, and `no-store`: pages show personal
 * data, so no browser or proxy may keep a copy.
 */
export function proxy(request: NextRequest) {
  const nonce = createNonce();
  const csp = contentSecurityPolicy(nonce, { development: env.NODE_ENV === "development" });

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);

  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  const hsts = strictTransportSecurity(env.APP_URL);
  if (hsts) response.headers.set("Strict-Transport-Security", hsts);
  // API routes set their own Cache-Control (no-store wherever personal data is in the answer).
  if (!request.nextUrl.pathname.startsWith("/api/"))
    response.headers.set("Cache-Control", "no-store");
  return response;
}

export const config = {
  // Everything but build assets, which are immutable and hold no personal data. API routes pass
  // through too: their JSON gets the same CSP (harmless) and HSTS.
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg).*)"],
};
