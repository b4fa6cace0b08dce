import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * AES-256-GCM for secrets at rest (TOTP secrets, clinical note bodies; design invariant 5).
 * Ciphertext format: `v1.<keyId>.<iv>.<ciphertext>.<tag>` (base64url parts). The key id lets a
 * rotation re-encrypt under a new key while the old one still decrypts.
 */
export interface Keyring {
  current: { id: string; key: Buffer };
  all: Map<string, Buffer>;
}

function keyIdOf(key: Buffer): string {
  return createHash("sha256").update(key).digest("hex").slice(0, 12);
}

export function parseKey(base64: string): Buffer {
  const key = Buffer.from(base64.trim(), "base64");
  if (key.length !== 32) throw new Error("ENCRYPTION_KEY must be 32 bytes, base64-encoded");
  return key;
}

export function createKeyring(currentBase64: string, previousBase64: string[] = []): Keyring {
  const current = parseKey(currentBase64);
  const all = new Map<string, Buffer>();
  for (const key of [current, ...previousBase64.filter(Boolean).map(parseKey)])
    all.set(keyIdOf(key), key);
  return { current: { id: keyIdOf(current), key: current }, all };
}

export function encrypt(keyring: Keyring, plaintext: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", keyring.current.key, iv);
  const body = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  const tag = cipher.getAuthTag();
  return [
    "v1",
    keyring.current.id,
    iv.toString("base64url"),
    body.toString("base64url"),
    tag.toString("base64url"),
  ].join(".");
}

export function decrypt(keyring: Keyring, ciphertext: string): string {
  const [version, keyId, iv, body, tag] = ciphertext.split(".");
  if (version !== "v1" || !keyId || !iv || body === undefined || !tag)
    throw new Error("Unrecognised ciphertext");
  const key = keyring.all.get(keyId);
  if (!key) throw new Error(`No key with id ${keyId} is configured`);
  const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(iv, "base64url"));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([
    decipher.update(Buffer.from(body, "base64url")),
    decipher.final(),
  ]).toString("utf8");
}

/** The key id a ciphertext was written with (for rotation: what still needs re-encrypting). */
export function keyIdOfCiphertext(ciphertext: string): string | undefined {
  return ciphertext.split(".")[1];
}

/**
 * The configured key, or for the zero-setup embedded demo a key generated once into a file
 * (with a warning: production must set ENCRYPTION_KEY and keep it safe, or lose encrypted data).
 */
export function loadOrCreateKey(
  configured: string | undefined,
  keyFile: string,
  warn = console.warn,
): string {
  if (configured) return configured;
  if (existsSync(keyFile)) return readFileSync(keyFile, "utf8").trim();
  mkdirSync(path.dirname(keyFile), { recursive: true });
  const generated = randomBytes(32).toString("base64");
  writeFileSync(keyFile, `${generated}\n`, { mode: 0o600, flag: "wx" });
  warn(
    `ENCRYPTION_KEY is not set: generated one into ${keyFile}. Set ENCRYPTION_KEY in production ` +
      `and back it up; without it, encrypted data cannot be read.`,
  );
  return generated;
}
