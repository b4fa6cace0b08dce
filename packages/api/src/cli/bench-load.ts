/**
 * `pnpm bench:load`: 200 simulated users for 60 s against the real request handler on the loopback,
 * on a fresh database created for the run on the Postgres server and dropped afterwards. Prints the
 * figures; exits 1 on any 5xx or any booking or message lost or duplicated.
 *
 * LOAD_USERS, LOAD_SECONDS change the size; BENCH_DATABASE_URL (default: TEST_DATABASE_URL, else
 * postgres://postgres@127.0.0.1:5432/postgres) names the server. Never point it at production data:
 * the run creates its own database there.
 */
import { seedDemoData } from "@resq/db/seed";

import { createLoadPatients, formatLoadReport, runLoad } from "../bench/load";
import { readBenchEnv } from "../env";
import { createApiHandler } from "../http/api-handler";
import { serveFetch } from "../http/node-server";
import { testKeyring } from "../test-support";
import { createScratchDatabase } from "../bench/scratch-database";

const env = readBenchEnv();
const database = await createScratchDatabase(env.BENCH_DATABASE_URL);
try {
  await seedDemoData(database.db);
  const emails = await createLoadPatients(database.db, env.LOAD_USERS);
  const server = await serveFetch(
    createApiHandler({ handle: database, keyring: testKeyring(), trustForwardedFor: true }),
  );
  console.info(
    `Load run: ${env.LOAD_USERS} users for ${env.LOAD_SECONDS} s against ${server.url} …`,
  );
  const report = await runLoad({
    baseUrl: server.url,
    db: database.db,
    emails,
    durationMs: env.LOAD_SECONDS * 1000,
  });
  await server.close();
  console.info(formatLoadReport(report));
  if (report.problems.length) process.exitCode = 1;
} finally {
  await database.close();
}
