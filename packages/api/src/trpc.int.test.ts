import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";

import { createTestDatabase, testDatabaseKind, type TestDatabase } from "@resq/db/testing";

import { createContext, type Caller } from "./context";
import { listProcedures } from "./procedures";
import { testCaller, testKeyring } from "./test-support";
import { appRouter } from "./root";
import {
  AppError,
  createCallerFactory,
  createRouter,
  patientProcedure,
  procedure,
  publicProcedure,
  roleProcedure,
} from "./trpc";

let database: TestDatabase;
const keyring = testKeyring();
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.close();
});

const patient = testCaller("patient");
const doctor = testCaller("doctor");
const admin = testCaller("admin");

// A router written the wrong way on purpose: one procedure forgets to declare who may call it.
const testRouter = createRouter({
  undeclared: procedure.query(() => "should never be returned"),
  open: publicProcedure.query(() => "open"),
  patientsOnly: patientProcedure.query(({ ctx }) => ctx.caller.userId),
  staff: roleProcedure("doctor", "admin").query(({ ctx }) => ctx.caller.role),
  validated: publicProcedure
    .input(z.object({ email: z.email(), age: z.number().int().min(0) }))
    .mutation(({ input }) => input),
  conflict: publicProcedure.mutation(() => {
    throw new AppError("CONFLICT", "SLOT_UNAVAILABLE", "That time was just taken.");
  }),
});
const callAs = (caller: Caller | null) =>
  createCallerFactory(testRouter)(createContext({ db: database.db, keyring, caller }));

async function codeOf(call: Promise<unknown>): Promise<string> {
  try {
    await call;
    return "OK";
  } catch (error) {
    if (error instanceof TRPCError) return error.code;
    throw error;
  }
}

describe(`procedure access (fail closed) on ${testDatabaseKind()}`, () => {
  it("refuses a procedure that declares no roles, for every caller including admins", async () => {
    for (const caller of [null, patient, doctor, admin]) {
      expect(await codeOf(callAs(caller).undeclared())).toBe("FORBIDDEN");
    }
  });

  it("lets anyone call a procedure declared public", async () => {
    expect(await callAs(null).open()).toBe("open");
    expect(await callAs(doctor).open()).toBe("open");
  });

  it("asks anonymous callers to sign in and refuses other roles", async () => {
    expect(await codeOf(callAs(null).patientsOnly())).toBe("UNAUTHORIZED");
    expect(await codeOf(callAs(doctor).patientsOnly())).toBe("FORBIDDEN");
    expect(await codeOf(callAs(admin).patientsOnly())).toBe("FORBIDDEN");
    expect(await callAs(patient).patientsOnly()).toBe(patient.userId);
    expect(await callAs(doctor).staff()).toBe("doctor");
    expect(await callAs(admin).staff()).toBe("admin");
    expect(await codeOf(callAs(patient).staff())).toBe("FORBIDDEN");
  });

  it("answers invalid input with BAD_REQUEST before the handler runs", async () => {
    expect(await codeOf(callAs(null).validated({ email: "nope", age: -1 }))).toBe("BAD_REQUEST");
    expect(await callAs(null).validated({ email: "a@b.org", age: 3 })).toEqual({
      email: "a@b.org",
      age: 3,
    });
  });

  it("carries a stable application code on domain errors", async () => {
    await expect(callAs(null).conflict()).rejects.toMatchObject({
      code: "CONFLICT",
      appCode: "SLOT_UNAVAILABLE",
    });
  });
});

describe("the application router", () => {
  it("declares an access policy on every procedure", () => {
    const procedures = listProcedures(appRouter);
    expect(procedures.length).toBeGreaterThan(0);
    const undeclared = procedures.filter((p) => !p.meta?.access).map((p) => p.path);
    expect(undeclared).toEqual([]);
  });
});
