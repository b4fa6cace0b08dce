import type { AddressInfo } from "node:net";

import {
  createTRPCClient,
  httpBatchLink,
  httpSubscriptionLink,
  splitLink,
  type TRPCClient,
} from "@trpc/client";
import { createHTTPServer } from "@trpc/server/adapters/standalone";
import { eq } from "drizzle-orm";
import { EventSource } from "eventsource";
import superjson from "superjson";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { openDatabase, type DatabaseHandle } from "@resq/db/client";
import { users } from "@resq/db/schema";

import { resolveCaller } from "../auth/caller";
import { createContext } from "../context";
import { appRouter, type AppRouter } from "../root";
import { seededTestApi, signedInAs } from "../test-support";
import { EventHub } from "./hub";

/**
 * Two app instances on ONE Postgres database, as behind a load balancer: each has its own
 * connection pool, its own EventHub (its own LISTEN connection) and serves the real tRPC HTTP
 * handler on its own port. A client subscribes to instance B over real SSE with tRPC's
 * `httpSubscriptionLink` (the `eventsource` package stands in for the browser's EventSource in
 * Node), while messages are sent over HTTP through instance A.
 *
 * Runs in the Postgres project only (the .postgres.int.test.ts name keeps it out of the PGlite
 * one): PGlite is one process with one connection, so it cannot host two instances with separate
 * pools and LISTEN connections (the in-process variant is in router/events/events.int.test.ts and
 * runs on both).
 */
describe("two app instances on one Postgres database", () => {
  const app = seededTestApi();

  interface Instance {
    handle: DatabaseHandle;
    hub: EventHub;
    url: string;
    close(): Promise<void>;
  }

  /** One app instance: its own pool, its own hub, the tRPC HTTP handler on a free port. */
  async function startInstance(): Promise<Instance> {
    const handle = await openDatabase({
      kind: "postgres",
      url: app.database.url!,
      maxConnections: 5,
    });
    const hub = await EventHub.start(handle);
    const server = createHTTPServer({
      router: appRouter,
      createContext: async ({ req }) => {
        const sessionToken = /(?:^|;\s*)session=([^;]+)/.exec(req.headers.cookie ?? "")?.[1];
        return createContext({
          db: handle.db,
          keyring: app.keyring,
          caller: await resolveCaller(handle.db, app.keyring, { sessionToken }),
          events: hub,
        });
      },
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    return {
      handle,
      hub,
      url: `http://127.0.0.1:${port}`,
      close: async () => {
        server.closeAllConnections();
        await new Promise((resolve) => server.close(resolve));
        await hub.stop();
        await handle.close();
      },
    };
  }

  /** A client of instance A for queries and mutations, subscribing on instance B over SSE. */
  function clientOf(sessionToken: string): TRPCClient<AppRouter> {
    const cookie = `session=${sessionToken}`;
    return createTRPCClient<AppRouter>({
      links: [
        splitLink({
          condition: (op) => op.type === "subscription",
          true: httpSubscriptionLink({
            url: b.url,
            transformer: superjson,
            EventSource,
            // The ponyfill sends its requests through fetch, so the cookie can ride along.
            eventSourceOptions: () => ({
              fetch: (input, init) =>
                fetch(input, { ...init, headers: { ...init?.headers, cookie } }),
            }),
          }),
          false: httpBatchLink({ url: a.url, transformer: superjson, headers: { cookie } }),
        }),
      ],
    });
  }

  interface Received {
    id: string;
    kind: string;
    messageId?: string;
  }

  /** Subscribes to the caller's stream on B, collecting what arrives. */
  function subscribe(client: TRPCClient<AppRouter>, lastEventId: string) {
    const received: Received[] = [];
    const errors: unknown[] = [];
    let started!: () => void;
    const ready = new Promise<void>((resolve) => (started = resolve));
    const subscription = client.events.stream.subscribe(
      { lastEventId },
      {
        onStarted: () => started(),
        onData: (event) => {
          received.push({
            id: event.id,
            kind: event.data.kind,
            messageId: event.data.payload.messageId,
          });
        },
        onError: (error) => errors.push(error),
      },
    );
    return { received, errors, ready, stop: () => subscription.unsubscribe() };
  }

  async function waitFor(check: () => boolean, what: string, ms = 15_000) {
    const until = Date.now() + ms;
    while (!check()) {
      if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  const newMessages = (received: Received[]) =>
    received.filter((event) => event.kind === "message.new").map((event) => event.messageId);

  let a: Instance;
  let b: Instance;
  beforeAll(async () => {
    a = await startInstance();
    b = await startInstance();
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
  });

  it("delivers a message sent through A to a subscriber on B once, and after a reconnect with the last event id replays what was missed, once each", async () => {
    expect(app.database.kind).toBe("postgres");
    expect(a.handle).not.toBe(b.handle);
    const patient = clientOf((await signedInAs(app, "patient@resq.test")).sessionToken!);
    const doctor = clientOf((await signedInAs(app, "doctor@resq.test")).sessionToken!);
    const [doctorRow] = await app.db
      .select({ id: users.id })
      .from(users)
      .where(eq(users.email, "doctor@resq.test"));
    const doctorId = doctorRow!.id;
    // Where the doctor's stream stands before the test (a resume point, as a rendered page
    // gives its subscription, so an event sent while it is still being set up is not missed).
    const { lastEventId } = await doctor.events.cursor.query();
    const live = subscribe(doctor, lastEventId);
    await live.ready;

    // Through A: a new conversation. It reaches the subscriber on B.
    const { id: conversationId } = await patient.messages.start.mutate({
      counterpartId: doctorId,
      subject: "Across instances",
      body: "First",
    });
    await waitFor(() => newMessages(live.received).length === 1, "the first message on B");
    // While B's stream is parked waiting, a second message through A can only arrive through
    // Postgres NOTIFY from A's transaction to B's LISTEN connection.
    await waitFor(
      () => live.received.some((event) => event.kind === "notification.new"),
      "the notification of the first message",
    );
    const second = await patient.messages.send.mutate({ conversationId, body: "Second" });
    await waitFor(() => newMessages(live.received).length === 2, "the second message on B");
    await waitFor(
      () => live.received.filter((event) => event.kind === "notification.new").length === 2,
      "the notification of the second message",
    );
    // Nothing arrives twice.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(newMessages(live.received)[1]).toBe(second.id);
    expect(new Set(newMessages(live.received)).size).toBe(2);
    expect(live.received.map((event) => event.kind)).toEqual([
      "message.new",
      "notification.new",
      "message.new",
      "notification.new",
    ]);
    expect(new Set(live.received.map((event) => event.id)).size).toBe(4);
    expect(live.errors).toEqual([]);

    // The subscriber drops off; two messages are sent meanwhile.
    const lastSeen = live.received.at(-1)!.id;
    live.stop();
    const third = await patient.messages.send.mutate({ conversationId, body: "Third" });
    const fourth = await patient.messages.send.mutate({ conversationId, body: "Fourth" });

    // It comes back with the last event id it saw: the missed ones arrive, once each, in order,
    // and then live delivery carries on.
    const resumed = subscribe(doctor, lastSeen);
    await resumed.ready;
    await waitFor(() => newMessages(resumed.received).length === 2, "the missed messages");
    const fifth = await patient.messages.send.mutate({ conversationId, body: "Fifth" });
    await waitFor(() => newMessages(resumed.received).length === 3, "the fifth message");
    await new Promise((resolve) => setTimeout(resolve, 500));
    resumed.stop();
    expect(newMessages(resumed.received)).toEqual([third.id, fourth.id, fifth.id]);
    const ids = resumed.received.map((event) => Number(event.id));
    expect(ids.every((id) => id > Number(lastSeen))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual([...ids].sort((x, y) => x - y));
    expect(resumed.errors).toEqual([]);
  });
});
