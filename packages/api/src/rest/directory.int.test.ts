import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";

import { users } from "@resq/db/schema";
import { testDatabaseKind } from "@resq/db/testing";

import { createContext } from "../context";
import { refreshAllNextAvailable } from "../providers/schedule";
import { seededTestApi } from "../test-support";
import { restDoctorSlots, restSearchDoctors } from "./directory";

const app = seededTestApi();
beforeAll(async () => {
  await refreshAllNextAvailable(app.db);
});

async function get(path: string, call: (request: Request) => Promise<Response>) {
  const response = await call(new Request(`http://localhost${path}`));
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}
const ctx = () => createContext({ db: app.db, keyring: app.keyring });
const idOf = async (email: string) =>
  (await app.db.select({ id: users.id }).from(users).where(eq(users.email, email)))[0]!.id;
const day = (offset: number) =>
  new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

describe(`REST directory on ${testDatabaseKind()}`, () => {
  it("GET /api/appointments/doctors/ answers the contract's shape, filtered and paged", async () => {
    const { status, body } = await get(
      "/api/appointments/doctors/?specialty=cardiology&q=chen&page=1&pageSize=5",
      (r) => restSearchDoctors(r, ctx()),
    );
    expect(status).toBe(200);
    expect(body).toMatchObject({ page: 1, pageSize: 5, total: 1 });
    const [doctor] = body.items as Record<string, unknown>[];
    expect(doctor).toMatchObject({
      name: "Dr. Maya Chen",
      specialty: "cardiology",
      city: "New York",
      languages: ["en", "zh"],
    });
    expect(doctor?.nextAvailableAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    expect(Object.keys(doctor ?? {})).toEqual(
      expect.arrayContaining(["id", "name", "specialty", "languages", "city", "nextAvailableAt"]),
    );
  });

  it("answers 400 naming the parameter for bad queries", async () => {
    const { status, body } = await get(
      "/api/appointments/doctors/?pageSize=500&specialty=astrology",
      (r) => restSearchDoctors(r, ctx()),
    );
    expect(status).toBe(400);
    expect(body).toMatchObject({
      error: {
        code: "VALIDATION_FAILED",
        fields: {
          pageSize: expect.any(String) as unknown,
          specialty: expect.any(String) as unknown,
        },
      },
    });
  });

  it("GET /api/appointments/doctors/{id}/slots/ lists free times in UTC with the practice's zone", async () => {
    const id = await idOf("doctor@resq.test");
    const { status, body } = await get(
      `/api/appointments/doctors/${id}/slots/?from=${day(1)}&to=${day(7)}`,
      (r) => restDoctorSlots(r, ctx(), id),
    );
    expect(status).toBe(200);
    expect(body.timeZone).toBe("America/New_York");
    const slots = body.slots as { startsAt: string; endsAt: string }[];
    expect(slots.length).toBeGreaterThan(10);
    expect(Date.parse(slots[0]!.endsAt) - Date.parse(slots[0]!.startsAt)).toBe(20 * 60_000); // the shortest service
  });

  it("answers 404 for a doctor who is not listed and 400 for bad dates", async () => {
    const pending = await idOf("pending@resq.test");
    expect(
      (await get(`/x?from=${day(1)}&to=${day(2)}`, (r) => restDoctorSlots(r, ctx(), pending)))
        .status,
    ).toBe(404);
    expect(
      (await get(`/x?from=${day(1)}&to=${day(2)}`, (r) => restDoctorSlots(r, ctx(), "not-a-uuid")))
        .status,
    ).toBe(400);
    const id = await idOf("doctor@resq.test");
    const bad = await get(`/x?from=yesterday&to=${day(2)}`, (r) => restDoctorSlots(r, ctx(), id));
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ error: { fields: { from: expect.any(String) as unknown } } });
  });
});
