import { and, desc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";

import { openDatabase } from "@resq/db/client";
import { userEvents, users } from "@resq/db/schema";
import { testDatabaseKind } from "@resq/db/testing";

import { resolveCaller } from "../../auth/caller";
import { createContext } from "../../context";
import { EventHub } from "../../realtime/hub";
import { createCaller } from "../../root";
import { seededTestApi, signedInAs } from "../../test-support";

const app = seededTestApi();

interface LiveEvent {
  id: string;
  kind: string;
  conversationId?: string;
}

/** Reads what a subscription yields (tRPC's tracked envelopes) as {id, kind}. */
function readEvent(value: unknown): LiveEvent {
  const [id, data] = Array.isArray(value)
    ? (value as [string, { kind: string; payload: Record<string, string> }])
    : [
        (value as { id: string }).id,
        (value as { data: { kind: string; payload: Record<string, string> } }).data,
      ];
  return { id, kind: data.kind, conversationId: data.payload.conversationId };
}

async function nextWithin<T>(iterator: AsyncIterator<T>, ms = 10_000): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error("no event in time")), ms);
  });
  try {
    const result = await Promise.race([iterator.next(), timeout]);
    if (result.done) throw new Error("stream ended");
    return result.value;
  } finally {
    clearTimeout(timer);
  }
}

describe(`live events across instances on ${testDatabaseKind()}`, () => {
  it("delivers a message sent through instance A to a subscriber on instance B once, and replays what was missed after a reconnect", async () => {
    // Instance B: its own connection pool and its own LISTEN (on Postgres); the embedded database
    // is one process, so there both "instances" share the handle.
    const handleB =
      app.database.kind === "postgres"
        ? await openDatabase({ kind: "postgres", url: app.database.url! })
        : app.database;
    const hubB = await EventHub.start(handleB);
    const patient = await signedInAs(app, "patient@resq.test");
    const doctor = await signedInAs(app, "doctor@resq.test");
    const doctorId = (
      await app.db.select({ id: users.id }).from(users).where(eq(users.email, "doctor@resq.test"))
    )[0]!.id;
    try {
      const doctorOnB = await resolveCaller(handleB.db, app.keyring, {
        sessionToken: doctor.sessionToken,
      });
      const controller = new AbortController();
      const subscriberB = createCaller(
        createContext({ db: handleB.db, keyring: app.keyring, caller: doctorOnB, events: hubB }),
        { signal: controller.signal },
      );
      const stream = (await subscriberB.events.stream({})) as AsyncIterable<unknown>;
      const iterator = stream[Symbol.asyncIterator]();

      // The subscription is live once it is being read (as an SSE response is); give it a moment.
      const firstEvent = nextWithin(iterator);
      await new Promise((resolve) => setTimeout(resolve, 300));

      // Instance A: the patient's requests (the test's main handle, no hub of its own needed to publish).
      const { id: conversationId } = await (
        await patient.api()
      ).messages.start({ counterpartId: doctorId, subject: "Live", body: "Are you there?" });
      const first = readEvent(await firstEvent);
      expect(first).toMatchObject({ kind: "message.new", conversationId });
      const second = readEvent(await nextWithin(iterator));
      expect(second.kind).toBe("notification.new");

      // Disconnect; two more messages arrive meanwhile; reconnect with the last id seen.
      controller.abort();
      await iterator.return?.();
      await (await patient.api()).messages.send({ conversationId, body: "Second" });
      await (await patient.api()).messages.send({ conversationId, body: "Third" });

      const resumed = createCaller(
        createContext({ db: handleB.db, keyring: app.keyring, caller: doctorOnB, events: hubB }),
        { signal: new AbortController().signal },
      );
      const again = (
        (await resumed.events.stream({ lastEventId: second.id })) as AsyncIterable<unknown>
      )[Symbol.asyncIterator]();
      const replayed = [];
      for (let i = 0; i < 4; i++) replayed.push(readEvent(await nextWithin(again)));
      expect(replayed.map((e) => e.kind)).toEqual([
        "message.new",
        "notification.new",
        "message.new",
        "notification.new",
      ]);
      const ids = replayed.map((e) => Number(e.id));
      expect(ids[0]).toBeGreaterThan(Number(second.id));
      expect(new Set(ids).size).toBe(4);
      expect(ids).toEqual([...ids].sort((a, b) => a - b));

      // A live read receipt: the doctor opens the conversation; the patient's stream hears it.
      const patientOnB = await resolveCaller(handleB.db, app.keyring, {
        sessionToken: patient.sessionToken,
      });
      const patientStream = (
        (await createCaller(
          createContext({ db: handleB.db, keyring: app.keyring, caller: patientOnB, events: hubB }),
        ).events.stream({})) as AsyncIterable<unknown>
      )[Symbol.asyncIterator]();
      const receipt = nextWithin(patientStream);
      await new Promise((resolve) => setTimeout(resolve, 300));
      await (await doctor.api()).messages.conversation({ id: conversationId });
      expect(readEvent(await receipt)).toMatchObject({
        kind: "message.read",
        conversationId,
      });
      await again.return?.();
      await patientStream.return?.();
    } finally {
      await hubB.stop();
      if (handleB !== app.database) await handleB.close();
    }
  });

  it("refuses anonymous subscribers", async () => {
    await expect(
      createCaller(createContext({ db: app.db, keyring: app.keyring })).events.stream({}),
    ).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });

  it("sends a read receipt only when something new was read, and gives a cursor to resume from", async () => {
    const patient = await (await signedInAs(app, "patient@resq.test")).api();
    const doctor = await (await signedInAs(app, "doctor@resq.test")).api();
    const idOf = async (email: string) =>
      (await app.db.select({ id: users.id }).from(users).where(eq(users.email, email)))[0]!.id;
    const [patientId, doctorId] = [await idOf("patient@resq.test"), await idOf("doctor@resq.test")];
    const receiptsFor = async (userId: string) =>
      (
        await app.db
          .select()
          .from(userEvents)
          .where(and(eq(userEvents.userId, userId), eq(userEvents.kind, "message.read")))
      ).length;
    const { id } = await patient.messages.start({
      counterpartId: doctorId,
      subject: "Receipts",
      body: "Hello",
    });
    const [toPatient, toDoctor] = [await receiptsFor(patientId), await receiptsFor(doctorId)];
    const unreadBefore = (await doctor.notifications.unreadCount()).unread;
    await doctor.messages.conversation({ id });
    expect(await receiptsFor(patientId)).toBe(toPatient + 1);
    // Its "new message" notification is read with it: the bell follows.
    expect((await doctor.notifications.unreadCount()).unread).toBe(unreadBefore - 1);
    // Opening again, or the sender looking at their own message, reads nothing new: no receipt,
    // so two open pages refreshing on each other's receipts cannot loop.
    await doctor.messages.conversation({ id });
    await patient.messages.conversation({ id });
    expect(await receiptsFor(patientId)).toBe(toPatient + 1);
    expect(await receiptsFor(doctorId)).toBe(toDoctor);

    const { lastEventId } = await patient.events.cursor();
    const [newest] = await app.db
      .select({ id: userEvents.id })
      .from(userEvents)
      .where(eq(userEvents.userId, patientId))
      .orderBy(desc(userEvents.id))
      .limit(1);
    expect(lastEventId).toBe(String(newest!.id));
  });
});
