import { createKeyring, loadOrCreateKey, parseKey, type Keyring } from "@resq/auth/encryption";
import { readAuthEnv } from "@resq/auth/env";
import { resolveFromRepoRoot } from "@resq/db/paths";

let keyring: Keyring | undefined;

/**
 * The process's encryption keys. With the embedded database a missing ENCRYPTION_KEY is generated
 * into .data/ (with a warning); RESQ on Postgres may run as several instances, which must share
 * one key, so there it must be set.
 */
export function serverKeyring(usesPostgres: boolean): Keyring {
  if (keyring) return keyring;
  const env = readAuthEnv();
  if (usesPostgres && !env.ENCRYPTION_KEY) {
    throw new Error(
      "ENCRYPTION_KEY must be set when RESQ runs on Postgres (32 random bytes, base64).",
    );
  }
  const current = loadOrCreateKey(env.ENCRYPTION_KEY, resolveFromRepoRoot(env.ENCRYPTION_KEY_FILE));
  keyring = createKeyring(current, env.ENCRYPTION_KEYS_PREVIOUS?.split(",") ?? []);
  return keyring;
}

export { parseKey };
