import { describe, expect, it } from "vitest";

import {
  contentSecurityPolicy,
  createNonce,
  staticSecurityHeaders,
  strictTransportSecurity,
} from "./security-headers";

function directive(csp: string, name: string): string {
  return csp.split("; ").find((part) => part.startsWith(`${name} `)) ?? "";
}

describe("security headers", () => {
  it("makes a fresh, unguessable nonce for every response", () => {
    const nonces = new Set(Array.from({ length: 200 }, createNonce));
    expect(nonces.size).toBe(200);
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });

  it("allows only scripts carrying the nonce: no 'unsafe-inline' or eval for scripts in production", () => {
    const csp = contentSecurityPolicy("abc123", { development: false });
    const script = directive(csp, "script-src");
    expect(script).toContain("'nonce-abc123'");
    expect(script).toContain("'strict-dynamic'");
    expect(script).not.toContain("unsafe-inline");
    expect(script).not.toContain("unsafe-eval");
    expect(directive(csp, "default-src")).toBe("default-src 'self'");
    expect(directive(csp, "object-src")).toBe("object-src 'none'");
    expect(directive(csp, "base-uri")).toBe("base-uri 'self'");
    expect(directive(csp, "form-action")).toBe("form-action 'self'");
    expect(csp).toContain("upgrade-insecure-requests");
  });

  it("refuses to be framed by anyone", () => {
    const csp = contentSecurityPolicy("n", { development: false });
    expect(directive(csp, "frame-ancestors")).toBe("frame-ancestors 'none'");
    expect(staticSecurityHeaders["X-Frame-Options"]).toBe("DENY");
  });

  it("adds eval for React's development build only", () => {
    expect(directive(contentSecurityPolicy("n", { development: true }), "script-src")).toContain(
      "'unsafe-eval'",
    );
  });

  it("sends HSTS only when the public origin is https", () => {
    expect(strictTransportSecurity("https://resq.example.org")).toBe(
      "max-age=31536000; includeSubDomains",
    );
    expect(strictTransportSecurity("http://localhost:3000")).toBeNull();
    expect(strictTransportSecurity(undefined)).toBeNull();
  });

  it("turns off sniffing, cross-origin referrers and powerful browser features", () => {
    expect(staticSecurityHeaders["X-Content-Type-Options"]).toBe("nosniff");
    expect(staticSecurityHeaders["Referrer-Policy"]).toBe("strict-origin-when-cross-origin");
    for (const feature of ["camera=()", "microphone=()", "geolocation=()", "payment=()"]) {
      expect(staticSecurityHeaders["Permissions-Policy"]).toContain(feature);
    }
  });
});
