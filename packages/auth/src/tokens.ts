import { sha256 } from "@oslojs/crypto/sha2";
import { constantTimeEqual } from "@oslojs/crypto/subtle";
import { encodeBase32LowerCaseNoPadding, encodeHexLowerCase } from "@oslojs/encoding";

/** `bytes` of cryptographically random data as lower-case base32 (URL- and cookie-safe). */
export function randomToken(bytes: number): string {
  const buffer = new Uint8Array(bytes);
  crypto.getRandomValues(buffer);
  return encodeBase32LowerCaseNoPadding(buffer);
}

/** SHA-256 as hex: how every token and code is stored, never the value itself. */
export function hashToken(token: string): string {
  return encodeHexLowerCase(sha256(new TextEncoder().encode(token)));
}

/** Compares two strings in time that does not depend on where they differ. */
export function constantTimeEqualStrings(a: string, b: string): boolean {
  const left = new TextEncoder().encode(a);
  const right = new TextEncoder().encode(b);
  return left.length === right.length && constantTimeEqual(left, right);
}

// No 0/O, 1/I/L, 5/S, 2/Z, 8/B: easy to read from an email and type on a phone.
const UNAMBIGUOUS_ALPHABET = "ACDEFGHJKMNPQRTUVWXY34679";

/** A random code of `length` characters from an unambiguous alphabet, without modulo bias. */
export function randomCode(length: number, alphabet = UNAMBIGUOUS_ALPHABET): string {
  let code = "";
  const limit = 256 - (256 % alphabet.length);
  while (code.length < length) {
    const bytes = new Uint8Array(length * 2);
    crypto.getRandomValues(bytes);
    for (const byte of bytes) {
      if (byte < limit && code.length < length) code += alphabet[byte % alphabet.length];
    }
  }
  return code;
}

/** Normalises a code typed by a person: case, spaces and dashes do not matter. */
export function normaliseCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, "");
}
