import path from "node:path";

import { restorePglite, restorePostgres } from "../backup";
import { invocationDir, readDbEnv } from "../env";
import { resolveFromRepoRoot } from "../paths";

// `pnpm db:restore <file>`: a backup from `pnpm db:backup` into the configured database. Postgres:
// replaces what the backup holds, in one transaction. Embedded: PGLITE_DIR must be a new, empty
// directory (stop the server, restore into a fresh directory, point PGLITE_DIR at it).
const [file] = process.argv.slice(2);
if (!file) {
  console.error("Usage: pnpm db:restore <file>");
  process.exit(2);
}
const source = path.resolve(invocationDir(), file);
const env = readDbEnv();
try {
  if (env.DATABASE_URL) {
    await restorePostgres(source, env.DATABASE_URL);
    console.info(`Restored ${source} into the Postgres database.`);
  } else {
    const dataDir = resolveFromRepoRoot(env.PGLITE_DIR);
    await restorePglite(source, dataDir);
    console.info(`Restored ${source} into ${dataDir}.`);
  }
  console.info("Check it with `pnpm audit:verify`.");
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
