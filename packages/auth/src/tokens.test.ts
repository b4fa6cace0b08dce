import { describe, expect, it } from "vitest";

import { clientIp } from "./client-ip";
import {
  constantTimeEqualStrings,
  hashToken,
  normaliseCode,
  randomCode,
  randomToken,
} from "./tokens";

describe("tokens and codes", () => {
  it("makes 20-byte session tokens (32 base32 characters) that differ every time", () => {
    const tokens = new Set(Array.from({ length: 200 }, () => randomToken(20)));
    expect(tokens.size).toBe(200);
    for (const token of tokens) expect(token).toMatch(/^[a-z2-7]{32}$/);
  });

  it("stores SHA-256, never the token", () => {
    expect(hashToken("abc")).toBe(
      "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
    );
  });

  it("makes codes from an unambiguous alphabet and reads them back forgivingly", () => {
    for (let i = 0; i < 200; i++) expect(randomCode(8)).toMatch(/^[ACDEFGHJKMNPQRTUVWXY34679]{8}$/);
    expect(normaliseCode(" ab-cd efgh ")).toBe("ABCDEFGH");
  });

  it("compares strings without shortcuts", () => {
    expect(constantTimeEqualStrings("same", "same")).toBe(true);
    expect(constantTimeEqualStrings("same", "sane")).toBe(false);
    expect(constantTimeEqualStrings("same", "longer")).toBe(false);
  });
});

describe("client IP", () => {
  const headers = new Headers({ "x-forwarded-for": "6.6.6.6, 10.0.0.1", "x-real-ip": "7.7.7.7" });

  it("ignores X-Forwarded-For unless a trusted proxy is configured", () => {
    expect(clientIp(headers, { trustProxy: false })).toBeNull();
    expect(clientIp(headers, { trustProxy: false, socketIp: "127.0.0.1" })).toBe("127.0.0.1");
  });

  it("takes the address the trusted proxy saw (the last hop)", () => {
    expect(clientIp(headers, { trustProxy: true })).toBe("10.0.0.1");
    expect(clientIp(new Headers({ "x-real-ip": "7.7.7.7" }), { trustProxy: true })).toBe("7.7.7.7");
  });
});
