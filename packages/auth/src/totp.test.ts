import { describe, expect, it } from "vitest";

import {
  formatManualKey,
  generateTotpSecret,
  secretFromManualKey,
  totpCodeAt,
  totpKeyUri,
  verifyTotpCode,
} from "./totp";

// RFC 6238 appendix B test secret ("12345678901234567890") and its SHA-1 vectors (last 6 digits).
const rfcSecret = new TextEncoder().encode("12345678901234567890");

describe("TOTP (RFC 6238)", () => {
  it("matches the RFC's test vectors", () => {
    expect(totpCodeAt(rfcSecret, new Date(59_000))).toBe("287082");
    expect(totpCodeAt(rfcSecret, new Date(1_111_111_109_000))).toBe("081804");
    expect(totpCodeAt(rfcSecret, new Date(2_000_000_000_000))).toBe("279037");
  });

  it("accepts one step of drift either way, not two", () => {
    const now = new Date(1_700_000_000_000);
    const code = (offset: number) =>
      totpCodeAt(rfcSecret, new Date(now.getTime() + offset * 30_000));
    expect(verifyTotpCode(rfcSecret, code(-1), null, now).ok).toBe(true);
    expect(verifyTotpCode(rfcSecret, code(1), null, now).ok).toBe(true);
    expect(verifyTotpCode(rfcSecret, code(-2), null, now).ok).toBe(false);
    expect(verifyTotpCode(rfcSecret, code(2), null, now).ok).toBe(false);
  });

  it("never accepts a step at or before the last one used", () => {
    const now = new Date(1_700_000_000_000);
    const result = verifyTotpCode(rfcSecret, totpCodeAt(rfcSecret, now), null, now);
    expect(result.ok).toBe(true);
    const step = result.ok ? result.step : 0;
    expect(verifyTotpCode(rfcSecret, totpCodeAt(rfcSecret, now), step, now).ok).toBe(false);
    const earlier = new Date(now.getTime() - 30_000);
    expect(verifyTotpCode(rfcSecret, totpCodeAt(rfcSecret, earlier), step, now).ok).toBe(false);
    const later = new Date(now.getTime() + 30_000);
    expect(verifyTotpCode(rfcSecret, totpCodeAt(rfcSecret, later), step, now).ok).toBe(true);
  });

  it("gives a manual key and an otpauth URI that authenticator apps read", () => {
    const secret = generateTotpSecret();
    expect(secret).toHaveLength(20);
    const manual = formatManualKey(secret);
    expect(manual).toMatch(/^([A-Z2-7]{4} )+[A-Z2-7]{1,4}$/);
    expect(secretFromManualKey(manual)).toEqual(secret);
    expect(totpKeyUri("RESQ", "ann@example.org", secret)).toMatch(
      /^otpauth:\/\/totp\/RESQ:ann%40example\.org\?/,
    );
  });

  it("rejects malformed input without throwing", () => {
    expect(verifyTotpCode(rfcSecret, "12345", null).ok).toBe(false);
    expect(verifyTotpCode(rfcSecret, "abcdef", null).ok).toBe(false);
  });
});
