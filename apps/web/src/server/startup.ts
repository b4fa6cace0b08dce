import { prepareDatabase } from "@resq/db/bootstrap";
import { getDatabase } from "@resq/db/client";

/** Opens the database, applies pending migrations and seeds demo data when configured. */
export async function startServer(): Promise<void> {
  const handle = await getDatabase();
  const { seeded } = await prepareDatabase(handle);
  console.info(
    `RESQ database ready (${handle.kind === "pglite" ? "embedded PGlite" : "Postgres"})` +
      (seeded ? "; demo data seeded" : ""),
  );
}
