import { readApiEnv, serverKeyring } from "@resq/api";
import { outboxTransport } from "@resq/api";
import { startJobs } from "@resq/api/jobs";
import { EventHub } from "@resq/api/realtime";
import { resendTransport } from "@resq/api/email/resend";
import { prepareDatabase } from "@resq/db/bootstrap";
import { getDatabase } from "@resq/db/client";

import { registerEventHub, registerJobs } from "./runtime";

/**
 * Opens the database, applies pending migrations, seeds demo data when configured, loads the
 * encryption key and starts this instance's background workers.
 */
export async function startServer(): Promise<void> {
  const handle = await getDatabase();
  const { seeded } = await prepareDatabase(handle);
  serverKeyring(handle.kind === "postgres");
  const apiEnv = readApiEnv();
  const transport = apiEnv.RESEND_API_KEY
    ? resendTransport(apiEnv.RESEND_API_KEY, apiEnv.EMAIL_FROM)
    : outboxTransport;
  const jobs = await startJobs(handle, { transport, appUrl: apiEnv.APP_URL });
  registerJobs(jobs);
  registerEventHub(await EventHub.start(handle));
  console.info(
    `RESQ ready: ${handle.kind === "pglite" ? "embedded PGlite" : "Postgres"}` +
      (seeded ? ", demo data seeded" : "") +
      `, email via ${transport.name === "outbox" ? "the outbox mailbox" : "Resend"}`,
  );
}
