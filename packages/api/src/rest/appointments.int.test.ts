import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";

import { appointments, users } from "@resq/db/schema";
import { DEMO_PASSWORD } from "@resq/db/seed";
import { testDatabaseKind } from "@resq/db/testing";

import { resolveCaller } from "../auth/caller";
import { createContext } from "../context";
import { refreshAllNextAvailable } from "../providers/schedule";
import { seededTestApi } from "../test-support";
import { restBook, restCancel, restListAppointments } from "./appointments";
import { restLogin } from "./auth";

const app = seededTestApi();
let doctorId: string;
const day = (offset: number) =>
  new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  await refreshAllNextAvailable(app.db);
  doctorId = (
    await app.db.select({ id: users.id }).from(users).where(eq(users.email, "doctor@resq.test"))
  )[0]!.id;
});

/** A REST call with a bearer token, through the real handler. */
async function call(
  handler: (r: Request, ctx: ReturnType<typeof createContext>) => Promise<Response>,
  init: {
    method?: string;
    body?: unknown;
    token?: string;
    headers?: Record<string, string>;
    path?: string;
  },
) {
  const headers = new Headers({ "content-type": "application/json", ...init.headers });
  if (init.token) headers.set("authorization", `Bearer ${init.token}`);
  const request = new Request(`http://localhost${init.path ?? "/api/appointments/appointments/"}`, {
    method: init.method ?? "POST",
    headers,
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  const caller = init.token
    ? await resolveCaller(app.db, app.keyring, { bearerToken: init.token })
    : null;
  const response = await handler(
    request,
    createContext({ db: app.db, keyring: app.keyring, caller }),
  );
  const text = await response.text();
  return {
    status: response.status,
    body: text ? (JSON.parse(text) as Record<string, unknown>) : null,
  };
}

async function tokenFor(email: string) {
  const response = await restLogin(
    new Request("http://localhost/api/auth/login/", {
      method: "POST",
      body: JSON.stringify({ email, password: DEMO_PASSWORD }),
    }),
    createContext({
      db: app.db,
      keyring: app.keyring,
      request: { ip: `10.9.8.${Math.floor(Math.random() * 250)}` },
    }),
  );
  return ((await response.json()) as { accessToken: string }).accessToken;
}

async function freeSlot(index = 0) {
  const { slots } = await (
    await app.browser().api()
  ).directory.slots({ doctorId, from: day(2), to: day(9) });
  return slots[index]!;
}

describe(`REST appointments on ${testDatabaseKind()}`, () => {
  it("POST books with 201, once per Idempotency-Key, and 409 SLOT_UNAVAILABLE for a taken time", async () => {
    const token = await tokenFor("patient@resq.test");
    const slot = await freeSlot(0);
    const body = { doctorId, startsAt: slot.startsAt.toISOString(), reason: "Check-up" };
    const first = await call(restBook, {
      token,
      body,
      headers: { "idempotency-key": "booking-attempt-0001" },
    });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({
      doctorId,
      startsAt: slot.startsAt.toISOString(),
      status: "booked",
    });
    expect(Object.keys(first.body ?? {})).toEqual(
      expect.arrayContaining(["id", "doctorId", "patientId", "startsAt", "endsAt", "status"]),
    );
    const retry = await call(restBook, {
      token,
      body,
      headers: { "idempotency-key": "booking-attempt-0001" },
    });
    expect(retry.body?.id).toBe(first.body?.id);
    expect(
      await app.db.select().from(appointments).where(eq(appointments.startsAt, slot.startsAt)),
    ).toHaveLength(1);

    const other = await tokenFor("patient2@resq.test");
    const taken = await call(restBook, { token: other, body });
    expect(taken.status).toBe(409);
    expect(taken.body).toMatchObject({ error: { code: "SLOT_UNAVAILABLE" } });
    expect((taken.body?.error as { alternatives: unknown[] }).alternatives.length).toBeGreaterThan(
      0,
    );
  });

  it("answers 401 without a token, 403 for a doctor, and 400 naming the field for bad input", async () => {
    const slot = await freeSlot(1);
    expect(
      (await call(restBook, { body: { doctorId, startsAt: slot.startsAt.toISOString() } })).status,
    ).toBe(401);
    const doctorToken = await tokenFor("doctor2@resq.test");
    expect(
      (
        await call(restBook, {
          token: doctorToken,
          body: { doctorId, startsAt: slot.startsAt.toISOString() },
        })
      ).status,
    ).toBe(403);
    const bad = await call(restBook, {
      token: await tokenFor("patient@resq.test"),
      body: { doctorId, startsAt: "tomorrow-ish" },
    });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({
      error: { code: "VALIDATION_FAILED", fields: { startsAt: expect.any(String) as unknown } },
    });
  });

  it("GET lists the caller's own; cancel answers the cancelled appointment, or 404 for another's", async () => {
    const token = await tokenFor("patient@resq.test");
    const slot = await freeSlot(2);
    const booked = await call(restBook, {
      token,
      body: { doctorId, startsAt: slot.startsAt.toISOString() },
    });
    const list = await call(restListAppointments, { token, method: "GET" });
    expect(list.status).toBe(200);
    const items = list.body?.items as { id: string; patientId: string }[];
    expect(items.map((a) => a.id)).toContain(booked.body?.id);
    expect(new Set(items.map((a) => a.patientId)).size).toBe(1);

    const id = booked.body?.id as string;
    const stranger = await call((r, ctx) => restCancel(r, ctx, id), {
      token: await tokenFor("patient2@resq.test"),
      body: {},
    });
    expect(stranger.status).toBe(404);
    const cancelled = await call((r, ctx) => restCancel(r, ctx, id), {
      token,
      body: { reason: "Feeling better" },
    });
    expect(cancelled.status).toBe(200);
    expect(cancelled.body).toMatchObject({ id, status: "cancelled" });
  });
});
