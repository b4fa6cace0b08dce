import { describe, expect, it } from "vitest";

import { clearSessionCookieHeader, sessionCookieHeader } from "./session-cookie";

const flags = (header: string) => header.split("; ").slice(1);

describe("session cookie flags", () => {
  const expires = new Date("2030-01-01T00:00:00Z");

  it("is HttpOnly and SameSite=Lax, on the whole site, until the session's absolute end", () => {
    const header = sessionCookieHeader("token123", expires, "http://localhost:3000/api/trpc");
    expect(header.startsWith("resq_session=token123; ")).toBe(true);
    expect(flags(header)).toEqual(
      expect.arrayContaining([
        "HttpOnly",
        "SameSite=Lax",
        "Path=/",
        `Expires=${expires.toUTCString()}`,
      ]),
    );
  });

  it("is Secure over https, and only there", () => {
    expect(flags(sessionCookieHeader("t", expires, "https://resq.example.org/api/trpc"))).toContain(
      "Secure",
    );
    expect(
      flags(sessionCookieHeader("t", expires, "http://localhost:3000/api/trpc")),
    ).not.toContain("Secure");
    expect(flags(clearSessionCookieHeader("https://resq.example.org/"))).toEqual(
      expect.arrayContaining(["HttpOnly", "SameSite=Lax", "Secure", "Max-Age=0"]),
    );
  });
});
