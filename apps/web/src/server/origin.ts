import { env } from "~/env";

/**
 * CSRF defence for cookie-authenticated requests: a state-changing request that carries the session
 * cookie must come from the app's own origin (APP_URL, or the Host it was sent to).
 */
export function isAllowedOrigin(request: Request): boolean {
  if (request.method === "GET" || request.method === "HEAD" || request.method === "OPTIONS")
    return true;
  if (!request.headers.get("cookie")) return true;
  const origin = request.headers.get("origin");
  if (!origin) return false;
  const allowed = new Set<string>();
  if (env.APP_URL) allowed.add(new URL(env.APP_URL).origin);
  const host = request.headers.get("host");
  if (host) {
    allowed.add(`http://${host}`);
    allowed.add(`https://${host}`);
  }
  return allowed.has(origin);
}
