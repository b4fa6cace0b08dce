/**
 * The client's IP for throttling and audit. X-Forwarded-For is honoured only when TRUST_PROXY says
 * a proxy in front sets it (its last hop is the address the proxy saw); otherwise anyone could
 * pick the IP their requests are throttled under.
 */
export function clientIp(
  headers: Headers,
  { trustProxy, socketIp }: { trustProxy: boolean; socketIp?: string | null },
): string | null {
  if (trustProxy) {
    const forwarded = headers.get("x-forwarded-for");
    const last = forwarded
      ?.split(",")
      .map((part) => part.trim())
      .filter(Boolean)
      .pop();
    if (last) return last;
    const realIp = headers.get("x-real-ip")?.trim();
    if (realIp) return realIp;
  }
  return socketIp ?? null;
}
