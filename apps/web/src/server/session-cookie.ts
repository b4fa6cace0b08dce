import { SESSION_COOKIE } from "@resq/auth/session";

import { env } from "../env";

/** Secure when the app is served over https (APP_URL), as it must be in production. */
function isSecure(requestUrl: string): boolean {
  return (env.APP_URL ?? requestUrl).startsWith("https:");
}

/** Set-Cookie for a session: HttpOnly, SameSite=Lax, Secure over https, until the absolute end. */
export function sessionCookieHeader(token: string, expiresAt: Date, requestUrl: string): string {
  const parts = [
    `${SESSION_COOKIE}=${token}`,
    "Path=/",
    "HttpOnly",
    "SameSite=Lax",
    `Expires=${expiresAt.toUTCString()}`,
  ];
  if (isSecure(requestUrl)) parts.push("Secure");
  return parts.join("; ");
}

export function clearSessionCookieHeader(requestUrl: string): string {
  const parts = [`${SESSION_COOKIE}=`, "Path=/", "HttpOnly", "SameSite=Lax", "Max-Age=0"];
  if (isSecure(requestUrl)) parts.push("Secure");
  return parts.join("; ");
}

export function sessionTokenFrom(cookieHeader: string | null): string | null {
  if (!cookieHeader) return null;
  for (const part of cookieHeader.split(";")) {
    const [name, ...value] = part.trim().split("=");
    if (name === SESSION_COOKIE) return value.join("=") || null;
  }
  return null;
}

export function bearerTokenFrom(authorization: string | null): string | null {
  const match = /^Bearer\s+(\S+)$/i.exec(authorization ?? "");
  return match?.[1] ?? null;
}
