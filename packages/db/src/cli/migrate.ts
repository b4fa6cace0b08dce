import { openConfiguredDatabase } from "../client";
import { migrateDatabase } from "../migrate";

const handle = await openConfiguredDatabase();
try {
  await migrateDatabase(handle);
  console.info(`Migrations applied (${handle.kind}).`);
} finally {
  await handle.close();
}
