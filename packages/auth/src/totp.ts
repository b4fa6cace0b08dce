import { generateHOTP } from "@oslojs/otp";
import { createTOTPKeyURI } from "@oslojs/otp";
import { decodeBase32IgnorePadding, encodeBase32UpperCaseNoPadding } from "@oslojs/encoding";

import { constantTimeEqualStrings } from "./tokens";

export const TOTP_PERIOD_SECONDS = 30;
export const TOTP_DIGITS = 6;

/** A new 20-byte TOTP secret (RFC 6238 / 4226 recommend 160 bits). */
export function generateTotpSecret(): Uint8Array {
  const secret = new Uint8Array(20);
  crypto.getRandomValues(secret);
  return secret;
}

/** The secret as authenticator apps take it when typed in by hand (base32, grouped by 4). */
export function formatManualKey(secret: Uint8Array): string {
  return encodeBase32UpperCaseNoPadding(secret)
    .replace(/(.{4})/g, "$1 ")
    .trim();
}

export function secretFromManualKey(manualKey: string): Uint8Array {
  return decodeBase32IgnorePadding(manualKey.replace(/\s/g, "").toUpperCase());
}

/** The otpauth:// URI an authenticator app reads from the QR code. */
export function totpKeyUri(issuer: string, accountName: string, secret: Uint8Array): string {
  return createTOTPKeyURI(issuer, accountName, secret, TOTP_PERIOD_SECONDS, TOTP_DIGITS);
}

export function totpStepAt(time: Date): number {
  return Math.floor(time.getTime() / 1000 / TOTP_PERIOD_SECONDS);
}

/** The code for a given time (tests and the enrolment check use it). */
export function totpCodeAt(secret: Uint8Array, time: Date): string {
  return generateHOTP(secret, BigInt(totpStepAt(time)), TOTP_DIGITS);
}

/**
 * Checks a code against the current step and one step either side (clock drift). Returns the step
 * it matched, which must be later than the last step ever accepted for this secret: a code is
 * never accepted twice (also not an earlier code after a later one was used).
 */
export function verifyTotpCode(
  secret: Uint8Array,
  code: string,
  lastUsedStep: number | null,
  now = new Date(),
): { ok: true; step: number } | { ok: false } {
  const candidate = code.replace(/\s/g, "");
  if (!/^\d{6}$/.test(candidate)) return { ok: false };
  const current = totpStepAt(now);
  let matched: number | null = null;
  for (const step of [current - 1, current, current + 1]) {
    // Compare all three without stopping early, so timing does not tell which one matched.
    if (constantTimeEqualStrings(generateHOTP(secret, BigInt(step), TOTP_DIGITS), candidate))
      matched = step;
  }
  if (matched === null || (lastUsedStep !== null && matched <= lastUsedStep)) return { ok: false };
  return { ok: true, step: matched };
}
