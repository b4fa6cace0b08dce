import { openConfiguredDatabase } from "@resq/db/client";

import { serverKeyring } from "../keyring";
import { rotateEncryptionKeys } from "../records/rotate-keys";

// `pnpm keys:rotate`: set ENCRYPTION_KEY to the new key and ENCRYPTION_KEYS_PREVIOUS to the old
// one(s), restart the app instances (they read both), then run this. Afterwards the old key can go.
const handle = await openConfiguredDatabase();
try {
  const result = await rotateEncryptionKeys(handle.db, serverKeyring(handle.kind === "postgres"));
  console.info(
    `Re-encrypted ${result.notes} treatment notes and ${result.totpSecrets} authenticator secrets under the current key.`,
  );
} finally {
  await handle.close();
}
