import { count } from "drizzle-orm";

import type { DatabaseHandle } from "./client";
import { readDbEnv } from "./env";
import { migrateDatabase } from "./migrate";
import { users } from "./schema";
import { seedDemoData } from "./seed/demo";

/**
 * What the server does before it serves: apply pending migrations, then seed the demo data set into
 * an empty database when DEMO_SEED says so (design.md's operational contract).
 */
export async function prepareDatabase(
  handle: DatabaseHandle,
  { demoSeed = readDbEnv().DEMO_SEED }: { demoSeed?: boolean } = {},
): Promise<{ seeded: boolean }> {
  await migrateDatabase(handle);
  if (!demoSeed) return { seeded: false };
  const [row] = await handle.db.select({ users: count() }).from(users);
  if ((row?.users ?? 0) > 0) return { seeded: false };
  await seedDemoData(handle.db);
  return { seeded: true };
}
