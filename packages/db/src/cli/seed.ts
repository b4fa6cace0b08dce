import { parseArgs } from "node:util";

import { openConfiguredDatabase } from "../client";
import { migrateDatabase } from "../migrate";
import { seedDemoData } from "../seed/demo";

const { values } = parseArgs({
  options: { help: { type: "boolean", short: "h" } },
  allowPositionals: false,
});
if (values.help) {
  console.info("pnpm db:seed   seeds the demo data set (idempotent: existing accounts are kept)");
  process.exit(0);
}

const handle = await openConfiguredDatabase();
try {
  await migrateDatabase(handle);
  const { created } = await seedDemoData(handle.db);
  console.info(`Demo data seeded on ${handle.kind}: ${created} new accounts.`);
} finally {
  await handle.close();
}
