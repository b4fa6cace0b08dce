import path from "node:path";

import { backupDatabase } from "../backup";
import { openConfiguredDatabase } from "../client";
import { invocationDir } from "../env";

// `pnpm db:backup <file>`: the configured database (DATABASE_URL, else the embedded PGLITE_DIR) to
// a file. The embedded database must not be in use by a running server (one process per directory).
const [file] = process.argv.slice(2);
if (!file) {
  console.error("Usage: pnpm db:backup <file>");
  process.exit(2);
}
// pnpm runs this inside packages/db; a relative path means the folder the command was typed in.
const target = path.resolve(invocationDir(), file);
const handle = await openConfiguredDatabase();
try {
  await backupDatabase(handle, target);
  console.info(`Backed up the ${handle.kind} database to ${target}.`);
} finally {
  await handle.close();
}
