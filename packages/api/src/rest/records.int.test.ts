import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";

import { users } from "@resq/db/schema";
import { testDatabaseKind } from "@resq/db/testing";

import { createContext } from "../context";
import { bearerContext, seededTestApi, signedInAs } from "../test-support";
import { restGetRecord, restListRecords } from "./records";

const app = seededTestApi();
let patientId: string;
let labId: string;

beforeAll(async () => {
  patientId = (
    await app.db.select({ id: users.id }).from(users).where(eq(users.email, "patient@resq.test"))
  )[0]!.id;
  const doctor = await (await signedInAs(app, "doctor@resq.test")).api();
  labId = (
    await doctor.records.addLab({
      patientId,
      testName: "HbA1c",
      valueNumeric: 5.4,
      unit: "%",
      referenceLow: 4,
      referenceHigh: 5.6,
      collectedAt: new Date(Date.now() - 86_400_000),
      reportedAt: new Date(),
    })
  ).id;
});

const bearer = (email: string) => bearerContext(app, email);

describe(`REST medical records on ${testDatabaseKind()}`, () => {
  it("lists the patient's own entries and returns one, never cached", async () => {
    const ctx = await bearer("patient@resq.test");
    const list = await restListRecords(new Request("http://x/api/medical-records/records/"), ctx);
    expect(list.status).toBe(200);
    expect(list.headers.get("cache-control")).toBe("no-store");
    const body = (await list.json()) as {
      items: { id: string; type: string; recordedAt: string }[];
    };
    expect(body.items.find((i) => i.id === labId)).toMatchObject({ type: "lab", title: "HbA1c" });
    const one = await restGetRecord(new Request("http://x"), ctx, labId);
    expect(one.status).toBe(200);
    expect(one.headers.get("cache-control")).toBe("no-store");
    expect(await one.json()).toMatchObject({
      id: labId,
      type: "lab",
      testName: "HbA1c",
      unit: "%",
    });
  });

  it("answers 404 to anyone else, and lets a doctor in care read with ?patientId=", async () => {
    const other = await bearer("patient2@resq.test");
    expect((await restGetRecord(new Request("http://x"), other, labId)).status).toBe(404);
    expect(
      (await restListRecords(new Request(`http://x/?patientId=${patientId}`), other)).status,
    ).toBe(404);
    const stranger = await bearer("doctor2@resq.test");
    expect(
      (await restListRecords(new Request(`http://x/?patientId=${patientId}`), stranger)).status,
    ).toBe(404);
    // Under an active break-glass grant the outsider gets in, flagged.
    await (
      await (await signedInAs(app, "doctor2@resq.test")).api()
    ).records.breakGlass({
      patientId,
      reason: "Emergency department, patient unresponsive",
      minutes: 15,
    });
    expect(
      (await restGetRecord(new Request("http://x"), await bearer("doctor2@resq.test"), labId))
        .status,
    ).toBe(200);
    const careDoctor = await bearer("doctor@resq.test");
    expect(
      (await restListRecords(new Request(`http://x/?patientId=${patientId}`), careDoctor)).status,
    ).toBe(200);
    expect(
      (
        await restGetRecord(
          new Request("http://x"),
          createContext({ db: app.db, keyring: app.keyring }),
          labId,
        )
      ).status,
    ).toBe(401);
  });
});
