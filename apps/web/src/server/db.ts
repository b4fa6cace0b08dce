import "server-only";

import { getDatabase } from "@resq/db/client";

/** The process's Drizzle database (opened and migrated at server start). */
export async function database() {
  return (await getDatabase()).db;
}
