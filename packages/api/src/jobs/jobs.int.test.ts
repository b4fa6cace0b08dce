import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";

import { emailOutbox } from "@resq/db/schema";
import { createTestDatabase, testDatabaseKind, type TestDatabase } from "@resq/db/testing";

import { queueEmail, type EmailTransport } from "../email/outbox";
import { startJobs } from "./index";

// A fresh database per test: queued emails of one test must not reach another's transport.
let database: TestDatabase;
beforeEach(async () => {
  database = await createTestDatabase();
});
afterEach(async () => {
  await database.close();
});

function recordingTransport(failFirst = 0): EmailTransport & { sent: string[] } {
  let failures = failFirst;
  const sent: string[] = [];
  return {
    name: "resend",
    sent,
    send(message) {
      if (failures-- > 0) return Promise.reject(new Error("provider down"));
      sent.push(message.to);
      return Promise.resolve({ messageId: `msg-${sent.length}` });
    },
  };
}

async function waitFor(check: () => Promise<boolean>, timeoutMs = 20_000) {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > timeoutMs) throw new Error("timed out waiting");
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

const statusOf = async (id: string) =>
  (
    await database.db
      .select({ status: emailOutbox.status })
      .from(emailOutbox)
      .where(eq(emailOutbox.id, id))
  )[0]?.status;

describe(`background email delivery (pg-boss) on ${testDatabaseKind()}`, () => {
  it("delivers a queued email once through the job queue, and removes the body once a provider has it", async () => {
    const transport = recordingTransport();
    const jobs = await startJobs(database, { transport, pollingIntervalSeconds: 0.5 });
    try {
      const id = await queueEmail(database.db, {
        to: "a@example.org",
        kind: "test",
        subject: "Hello",
        text: "secret code 12345",
      });
      await jobs.kickEmailDelivery();
      await jobs.kickEmailDelivery();
      await waitFor(async () => (await statusOf(id)) === "sent");
      expect(transport.sent).toEqual(["a@example.org"]);
      const [row] = await database.db.select().from(emailOutbox).where(eq(emailOutbox.id, id));
      expect(row?.textBody).not.toContain("12345");
      expect(row?.providerMessageId).toBe("msg-1");
    } finally {
      await jobs.stop();
    }
  });

  it("delivers, when workers start, what was queued while none ran (a restart or crash)", async () => {
    // The app committed an email, then stopped before any worker handled it.
    const id = await queueEmail(database.db, {
      to: "b@example.org",
      kind: "test",
      subject: "Later",
      text: "body",
    });
    expect(await statusOf(id)).toBe("queued");

    const transport = recordingTransport();
    const jobs = await startJobs(database, { transport, pollingIntervalSeconds: 0.5 });
    try {
      await waitFor(async () => (await statusOf(id)) === "sent");
      expect(transport.sent).toEqual(["b@example.org"]);
    } finally {
      await jobs.stop();
    }
  });

  it("retries a failed delivery and records the attempts", async () => {
    const transport = recordingTransport(1);
    const jobs = await startJobs(database, { transport, pollingIntervalSeconds: 0.5 });
    try {
      const id = await queueEmail(database.db, {
        to: "c@example.org",
        kind: "test",
        subject: "Retry",
        text: "body",
      });
      await jobs.kickEmailDelivery();
      // The first attempt fails; pg-boss retries the job after its delay, with no new kick.
      await waitFor(async () => (await statusOf(id)) === "sent");
      const [row] = await database.db.select().from(emailOutbox).where(eq(emailOutbox.id, id));
      expect(row?.attempts).toBe(2);
      expect(transport.sent).toEqual(["c@example.org"]);
    } finally {
      await jobs.stop();
    }
  });
});
