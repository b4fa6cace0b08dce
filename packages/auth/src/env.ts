import { z } from "zod";

const schema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  /** 32-byte AES key, base64. Unset with the embedded database: generated into .data/ on first run. */
  ENCRYPTION_KEY: z.string().optional(),
  /** Earlier keys (comma-separated, base64), still accepted for decryption during a rotation. */
  ENCRYPTION_KEYS_PREVIOUS: z.string().optional(),
  /** Where the generated development key is kept. */
  ENCRYPTION_KEY_FILE: z.string().default(".data/encryption.key"),
  /** Honour X-Forwarded-For (only behind a proxy that sets it; otherwise anyone could spoof an IP). */
  TRUST_PROXY: z
    .enum(["true", "false", "1", "0"])
    .default("false")
    .transform((v) => v === "true" || v === "1"),
});

export type AuthEnv = z.infer<typeof schema>;

export function readAuthEnv(source: Record<string, string | undefined> = process.env): AuthEnv {
  return schema.parse({
    NODE_ENV: source.NODE_ENV || undefined,
    ENCRYPTION_KEY: source.ENCRYPTION_KEY || undefined,
    ENCRYPTION_KEYS_PREVIOUS: source.ENCRYPTION_KEYS_PREVIOUS || undefined,
    ENCRYPTION_KEY_FILE: source.ENCRYPTION_KEY_FILE || undefined,
    TRUST_PROXY: source.TRUST_PROXY || undefined,
  });
}
