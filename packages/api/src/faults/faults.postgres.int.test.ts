/**
 * Faults (Postgres only): a throwaway Postgres server of the test's own is stopped and started
 * again while requests flow through the real request handler on a real socket.
 *
 * - during the outage, requests fail fast with 503 and a clear message (no hang, no 500);
 * - afterwards RESQ answers again without being restarted (postgres.js reconnects);
 * - no request left a partial write: every message stored is whole (with its audit event), each
 *   answered 200 is stored exactly once, none twice;
 * - the background jobs (pg-boss) that lived through the outage deliver what was queued.
 */
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { openDatabase, type DatabaseHandle } from "@resq/db/client";
import { auditEvents, emailOutbox, messages, users } from "@resq/db/schema";
import { DEMO_PASSWORD, seedDemoData } from "@resq/db/seed";
import { migrateDatabase } from "@resq/db/migrate";

import { queueEmail, type EmailTransport } from "../email/outbox";
import { createApiHandler } from "../http/api-handler";
import { serveFetch, type FetchServer } from "../http/node-server";
import { REQUEST_DEADLINE_MS } from "../http/trpc-handler";
import { startJobs, type RunningJobs } from "../jobs";
import { testKeyring } from "../test-support";
import { createThrowawayPostgres, type ThrowawayPostgres } from "./throwaway-postgres";

let pg: ThrowawayPostgres;
let handle: DatabaseHandle;
let jobs: RunningJobs;
let server: FetchServer;
const delivered: string[] = [];
const transport: EmailTransport = {
  name: "outbox",
  send: (message) => {
    delivered.push(message.subject);
    return Promise.resolve({ messageId: null });
  },
};

beforeAll(async () => {
  pg = await createThrowawayPostgres();
  await pg.start();
  handle = await openDatabase({ kind: "postgres", url: pg.url, maxConnections: 10 });
  await migrateDatabase(handle);
  await seedDemoData(handle.db);
  jobs = await startJobs(handle, { transport, pollingIntervalSeconds: 1 });
  server = await serveFetch(createApiHandler({ handle, keyring: testKeyring(), jobs }));
}, 120_000);

afterAll(async () => {
  await server?.close();
  await jobs?.stop().catch(() => undefined);
  await handle?.close().catch(() => undefined);
  await pg?.destroy();
});

async function trpc(
  path: string,
  input: unknown,
  cookie?: string,
  method: "GET" | "POST" = "POST",
) {
  const body = JSON.stringify({ json: input });
  const url =
    method === "GET"
      ? `${server.url}/api/trpc/${path}?input=${encodeURIComponent(body)}`
      : `${server.url}/api/trpc/${path}`;
  return fetch(url, {
    method,
    headers: { "content-type": "application/json", ...(cookie ? { cookie } : {}) },
    body: method === "POST" ? body : undefined,
    signal: AbortSignal.timeout(REQUEST_DEADLINE_MS + 10_000),
  });
}

interface Sample {
  kind: "send" | "list";
  body?: string;
  status: number;
  ms: number;
  phase: "before" | "outage" | "restarting" | "recovered";
  message?: string;
}

describe("a database restart while requests flow", () => {
  it(
    "answers 503 fast during the outage, recovers by itself, writes nothing half, and resumes jobs",
    { timeout: 180_000 },
    async () => {
      const signIn = await trpc("auth.signIn", {
        email: "patient@resq.test",
        password: DEMO_PASSWORD,
      });
      expect(signIn.status).toBe(200);
      const cookie = signIn.headers.getSetCookie()[0]!.split(";")[0]!;
      const [doctor] = await handle.db
        .select({ id: users.id })
        .from(users)
        .where(eq(users.email, "doctor@resq.test"));
      const started = await trpc(
        "messages.start",
        { counterpartId: doctor!.id, subject: "Fault test", body: "opening message" },
        cookie,
      );
      expect(started.status).toBe(200);
      const conversationId = (
        (await started.json()) as { result: { data: { json: { id: string } } } }
      ).result.data.json.id;

      let phase: Sample["phase"] = "before";
      let running = true;
      let counter = 0;
      const samples: Sample[] = [];
      const worker = async (id: number) => {
        while (running) {
          const kind = counter % 2 === 0 ? "send" : "list";
          const body = `fault-test message ${id}-${counter++}`;
          const at = Date.now();
          const now = phase;
          try {
            const response =
              kind === "send"
                ? await trpc("messages.send", { conversationId, body }, cookie)
                : await trpc("appointments.mine", { scope: "all" }, cookie, "GET");
            const json = (await response.json()) as {
              error?: { message?: string; json?: { message?: string } };
            };
            samples.push({
              kind,
              body,
              status: response.status,
              ms: Date.now() - at,
              phase: now,
              message: json.error?.json?.message ?? json.error?.message,
            });
          } catch (error) {
            samples.push({
              kind,
              body,
              status: -1,
              ms: Date.now() - at,
              phase: now,
              message: String(error),
            });
          }
          await new Promise((r) => setTimeout(r, 25));
        }
      };
      const workers = [1, 2, 3, 4].map(worker);

      await new Promise((r) => setTimeout(r, 1_000));
      // A job queued just before the outage must still be done after it.
      await queueEmail(handle.db, {
        to: "patient@resq.test",
        subject: "Queued before the outage",
        text: "Delivered after it.",
        kind: "fault-test",
      });
      await jobs.kickEmailDelivery().catch(() => undefined);

      phase = "outage";
      await pg.stop();
      await new Promise((r) => setTimeout(r, 3_000));
      const health = await fetch(`${server.url}/api/health`);
      expect(health.status).toBe(503);
      await pg.start();
      phase = "restarting";
      // Recovery without restarting RESQ: the same handler and pool answer again.
      const recoveredBy = Date.now() + 20_000;
      while ((await fetch(`${server.url}/api/health`)).status !== 200) {
        expect(Date.now()).toBeLessThan(recoveredBy);
        await new Promise((r) => setTimeout(r, 200));
      }
      phase = "recovered";
      // Let requests flow on the recovered server (workers caught in slow outage requests catch up).
      const flowBy = Date.now() + 20_000;
      while (samples.filter((s) => s.phase === "recovered").length < 12 && Date.now() < flowBy) {
        await new Promise((r) => setTimeout(r, 200));
      }
      running = false;
      await Promise.all(workers);

      const statuses = new Set(samples.map((s) => s.status));
      const unexpected = samples.filter((s) => s.status !== 200 && s.status !== 503);
      expect(unexpected, "only 200 and 503, never 500 or a dropped request").toEqual([]);
      expect(statuses.has(503)).toBe(true);
      const refused = samples.filter((s) => s.status === 503);
      for (const sample of refused) {
        expect(sample.message).toMatch(/cannot reach its database|did not get an answer/);
        // Fail fast: within the 5 s connect timeout, or the request deadline for a query
        // caught on a connection at the moment the server went away; never a hang.
        expect(sample.ms).toBeLessThan(REQUEST_DEADLINE_MS + 1_500);
      }
      const fast = refused.filter((s) => s.ms < 1_000).length;
      expect(fast / refused.length, "most refusals are immediate").toBeGreaterThan(0.5);
      // Once healthy again, every request started after that succeeds.
      const recovered = samples.filter((s) => s.phase === "recovered");
      expect(recovered.length).toBeGreaterThanOrEqual(12);
      expect(
        recovered.filter((s) => s.status !== 200).map((s) => `${s.status} ${s.ms}ms ${s.message}`),
      ).toEqual([]);

      // Nothing half-written, nothing twice: a message answered 200 is stored exactly once. One
      // answered 503 is stored at most once, and then whole (its audit event in the same
      // transaction): a commit whose acknowledgement was lost with the connection is the one
      // outcome no server can report, so the 503 message asks the client to check.
      const stored = await handle.db
        .select({ id: messages.id, body: messages.body })
        .from(messages)
        .where(eq(messages.conversationId, conversationId));
      const storedCount = new Map<string, number>();
      for (const row of stored) storedCount.set(row.body, (storedCount.get(row.body) ?? 0) + 1);
      for (const sample of samples.filter((s) => s.kind === "send")) {
        const count = storedCount.get(sample.body!) ?? 0;
        if (sample.status === 200) expect(count, `${sample.body} (200)`).toBe(1);
        else expect(count, `${sample.body} (${sample.status})`).toBeLessThanOrEqual(1);
      }
      const audited = new Set(
        (
          await handle.db
            .select({ recordId: auditEvents.recordId })
            .from(auditEvents)
            .where(eq(auditEvents.action, "message.sent"))
        ).map((row) => row.recordId),
      );
      expect(stored.filter((row) => !audited.has(row.id)).map((row) => row.body)).toEqual([]);

      // The job queue lived through the outage and delivers what was queued.
      const deliveredBy = Date.now() + 60_000;
      for (;;) {
        const [email] = await handle.db
          .select({ status: emailOutbox.status })
          .from(emailOutbox)
          .where(eq(emailOutbox.subject, "Queued before the outage"));
        if (email?.status === "sent") break;
        expect(Date.now(), "queued email delivered after the restart").toBeLessThan(deliveredBy);
        await jobs.kickEmailDelivery().catch(() => undefined);
        await new Promise((r) => setTimeout(r, 500));
      }
      expect(delivered).toContain("Queued before the outage");
    },
  );
});
