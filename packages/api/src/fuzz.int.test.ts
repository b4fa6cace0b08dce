/**
 * Fuzzing with fast-check: every procedure of the application router (walked, so procedures added
 * later are fuzzed too) and every REST route gets generated and malformed input as a caller who IS
 * allowed to call it: wrong types, huge strings, unicode, negative and enormous numbers, bad dates,
 * injection strings, unknown keys. The answer must always be a 4xx with a message (never
 * INTERNAL_SERVER_ERROR / 5xx, never a raw exception), and a refused call must write nothing (the
 * row count of every table is compared before and after).
 *
 * Bounded for CI: a few runs per procedure and a time budget for the whole file.
 */
import type { TRPCError } from "@trpc/server";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { testDatabaseKind } from "@resq/db/testing";

import { createContext, type Caller, type Context } from "./context";
import { listProcedures, type ProcedureInfo } from "./procedures";
import * as rest from "./rest";
import { appRouter } from "./root";
import { callProcedure, principalsOf, rowCounts, type Principal } from "./security-test-support";
import { seededTestApi } from "./test-support";

const app = seededTestApi();
const { callers, ids } = principalsOf(app);

/**
 * Runs per procedure or route, and the time each may take: ~110 of them, so the file stays under a
 * minute per database on a busy 2-core CI machine (a fast machine gets all the runs).
 */
const RUNS = 10;
const TIME_PER_TARGET_MS = 400;
const MIN_RUNS = 2;

/**
 * The property's check, run at least MIN_RUNS times and then only while the target's time lasts
 * (later runs pass without calling). Unlike fast-check's own time limit, a slow call in progress is
 * never cut off, and every target is really exercised on a busy machine.
 */
function budgeted<A extends unknown[]>(check: (...args: A) => Promise<void>) {
  const until = Date.now() + TIME_PER_TARGET_MS;
  let runs = 0;
  return async (...args: A): Promise<void> => {
    if (runs >= MIN_RUNS && Date.now() > until) return;
    runs++;
    await check(...args);
  };
}

/**
 * Tables a refused call may legitimately write to: refusals of sign-in, reset and the like are
 * audited and throttled on purpose (in the same transaction as the refusal).
 */
const WRITTEN_ON_REFUSAL = ["audit_events", "rate_limits"] as const;

const injection = fc.constantFrom(
  "' OR '1'='1",
  "'; DROP TABLE users; --",
  '"; select pg_sleep(5); --',
  "<script>alert(1)</script>",
  "javascript:alert(1)",
  "../../../../etc/passwd",
  "${7*7}{{7*7}}",
  "__proto__",
  "constructor",
  "\u0000",
  "%00%0d%0a",
  "\u202e\u200b\ufeff",
  "👩‍⚕️🏥💊",
  "NaN",
  "Infinity",
  "-1",
  "1e309",
  "2024-02-30",
  "9999-99-99T99:99:99Z",
  "0000-00-00",
  "00000000-0000-0000-0000-000000000000",
);
const hugeString = fc.integer({ min: 0, max: 5 }).map((n) => "x".repeat(70_000 + n));
const badNumber = fc.constantFrom(
  -1,
  0,
  -0,
  1.5,
  Number.MAX_SAFE_INTEGER,
  -Number.MAX_SAFE_INTEGER,
  1e308,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
);
const badDate = fc.oneof(
  fc.constant(new Date(Number.NaN)),
  fc.date({ min: new Date(-8.64e15), max: new Date(8.64e15), noInvalidDate: false }),
);
/** Real objects (filled in before the tests run), so malformed fields meet existing rows too. */
const realId = fc
  .constantFrom("patient", "otherPatient", "doctor", "appointment", "lab", "conversation" as const)
  .map((name) => ids[name as keyof typeof ids]);
/** One malformed value of any kind. */
const nasty: fc.Arbitrary<unknown> = fc.oneof(
  realId,
  injection,
  hugeString,
  badNumber,
  badDate,
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.uuid(),
  fc.array(fc.oneof(injection, fc.integer(), fc.string({ maxLength: 10 })), { maxLength: 4 }),
  fc.object({ maxDepth: 1, maxKeys: 3 }),
);

/** The keys of a procedure's object input, read from its zod schema (through defaults/optionals). */
function inputKeys(procedure: ProcedureInfo): string[] {
  const keys = new Set<string>();
  for (let schema of procedure.inputs) {
    for (let depth = 0; depth < 5; depth++) {
      const def = (
        schema as { _zod?: { def?: { type?: string; innerType?: unknown; in?: unknown } } }
      )._zod?.def;
      if (!def) break;
      if (def.type === "object") {
        for (const key of Object.keys((schema as { shape: object }).shape)) keys.add(key);
        break;
      }
      schema = def.innerType ?? def.in;
      if (!schema) break;
    }
  }
  return [...keys];
}

/** Inputs for a procedure: its own keys with malformed values, or anything at all. */
function inputsFor(procedure: ProcedureInfo): fc.Arbitrary<unknown> {
  const keys = inputKeys(procedure);
  const shaped = keys.length
    ? fc.record(Object.fromEntries(keys.map((key) => [key, nasty])), { requiredKeys: [] })
    : fc.constant(undefined);
  return fc.oneof(
    { weight: 3, arbitrary: shaped },
    { weight: 1, arbitrary: nasty },
    { weight: 1, arbitrary: fc.anything({ maxDepth: 2 }) },
  );
}

/** A caller the procedure's policy allows (fuzzing a refusal at the door would test nothing). */
function allowedCaller(procedure: ProcedureInfo): { principal: Principal; caller: Caller | null } {
  const access = procedure.meta?.access;
  if (!access || "public" in access) return { principal: "anonymous", caller: null };
  const byRole: Record<Caller["role"], Principal> = {
    patient: "patient",
    doctor: "doctorInCare",
    admin: "admin",
  };
  const principal = byRole[access.roles[0]];
  return { principal, caller: callers[principal] };
}

/** tRPC codes that map to a 4xx status: what a malformed input may get. */
const CLIENT_ERRORS = new Set<TRPCError["code"]>([
  "BAD_REQUEST",
  "PARSE_ERROR",
  "UNAUTHORIZED",
  "FORBIDDEN",
  "NOT_FOUND",
  "METHOD_NOT_SUPPORTED",
  "TIMEOUT",
  "CONFLICT",
  "PRECONDITION_FAILED",
  "PAYLOAD_TOO_LARGE",
  "UNSUPPORTED_MEDIA_TYPE",
  "UNPROCESSABLE_CONTENT",
  "TOO_MANY_REQUESTS",
  "CLIENT_CLOSED_REQUEST",
]);

const describeInput = (input: unknown) => {
  const text = (() => {
    try {
      return JSON.stringify(input, (_k, v: unknown) =>
        typeof v === "string" && v.length > 80 ? `${v.slice(0, 20)}…(${v.length})` : v,
      );
    } catch {
      return String(input);
    }
  })();
  return (text ?? "undefined").slice(0, 300);
};

const procedures = listProcedures(appRouter);

describe(`fuzzing every procedure on ${testDatabaseKind()}`, () => {
  it("reads the input keys of procedures from their schemas", () => {
    expect(inputKeys(procedures.find((p) => p.path === "appointments.book")!)).toEqual(
      expect.arrayContaining(["doctorId", "startsAt"]),
    );
  });

  for (const procedure of procedures) {
    it(`${procedure.type} ${procedure.path}`, async () => {
      const { principal, caller } = allowedCaller(procedure);
      await fc.assert(
        fc.asyncProperty(
          inputsFor(procedure),
          budgeted(async (input: unknown) => {
            const before = await rowCounts(app.db, WRITTEN_ON_REFUSAL);
            let result;
            try {
              result = await callProcedure(app, procedure, caller, input);
            } catch (error) {
              throw new Error(
                `${principal} got a raw ${String(error)} for ${describeInput(input)}`,
              );
            }
            if (result.outcome === "OK") return;
            const { error } = result;
            expect(
              CLIENT_ERRORS.has(result.outcome),
              `${principal} got ${result.outcome} (${error?.message}) for ${describeInput(input)}`,
            ).toBe(true);
            expect(error?.message.trim().length, "a message for the client").toBeGreaterThan(0);
            expect(await rowCounts(app.db, WRITTEN_ON_REFUSAL), "nothing written").toEqual(before);
          }),
        ),
        { numRuns: RUNS },
      );
    });
  }
});

/** A REST route, called with generated input as an allowed principal. */
interface RestFuzzRoute {
  principal: Principal;
  call(ctx: Context, input: { body: string; text: string; id: string }): Promise<Response>;
}
const url = (path: string) => `http://resq.test${path}`;
const post = (path: string, body: string) => new Request(url(path), { method: "POST", body });
const q = encodeURIComponent;

const restFuzzRoutes: Record<string, RestFuzzRoute> = {
  "POST /api/auth/login/": {
    principal: "anonymous",
    call: (ctx, { body }) => rest.restLogin(post("/api/auth/login/", body), ctx),
  },
  "POST /api/auth/refresh/": {
    principal: "anonymous",
    call: (ctx, { body }) => rest.restRefresh(post("/api/auth/refresh/", body), ctx),
  },
  "POST /api/auth/logout/": {
    principal: "anonymous",
    call: (ctx, { body }) => rest.restLogout(post("/api/auth/logout/", body), ctx),
  },
  "GET /api/appointments/doctors/": {
    principal: "anonymous",
    call: (ctx, { text }) =>
      rest.restSearchDoctors(
        new Request(
          url(
            `/api/appointments/doctors/?q=${q(text)}&specialty=${q(text)}&page=${q(text)}&pageSize=${q(text)}`,
          ),
        ),
        ctx,
      ),
  },
  "GET /api/appointments/doctors/{id}/slots/": {
    principal: "anonymous",
    call: (ctx, { text, id }) =>
      rest.restDoctorSlots(
        new Request(
          url(
            `/api/appointments/doctors/${q(id)}/slots/?from=${q(text)}&to=${q(text)}&serviceId=${q(text)}`,
          ),
        ),
        ctx,
        id,
      ),
  },
  "POST /api/appointments/appointments/": {
    principal: "patient",
    call: (ctx, { body }) => rest.restBook(post("/api/appointments/appointments/", body), ctx),
  },
  "GET /api/appointments/appointments/": {
    principal: "patient",
    call: (ctx, { text }) =>
      rest.restListAppointments(
        new Request(url(`/api/appointments/appointments/?scope=${q(text)}&page=${q(text)}`)),
        ctx,
      ),
  },
  "POST /api/appointments/appointments/{id}/cancel/": {
    principal: "patient",
    call: (ctx, { body, id }) =>
      rest.restCancel(post(`/api/appointments/appointments/${q(id)}/cancel/`, body), ctx, id),
  },
  "GET /api/medical-records/records/": {
    principal: "doctorInCare",
    call: (ctx, { text }) =>
      rest.restListRecords(
        new Request(url(`/api/medical-records/records/?patientId=${q(text)}&page=${q(text)}`)),
        ctx,
      ),
  },
  "GET /api/medical-records/records/{id}/": {
    principal: "patient",
    call: (ctx, { id }) =>
      rest.restGetRecord(new Request(url(`/api/medical-records/records/${q(id)}/`)), ctx, id),
  },
};

/** A REST body: JSON of malformed fields, JSON of anything, or not JSON at all. */
const restBody = fc.oneof(
  fc
    .record(
      Object.fromEntries(
        [
          "email",
          "password",
          "refreshToken",
          "doctorId",
          "startsAt",
          "serviceId",
          "reason",
          "totpCode",
        ].map((key) => [key, nasty]),
      ),
      { requiredKeys: [] },
    )
    .map((value) => JSON.stringify(value)),
  fc.anything({ maxDepth: 2 }).map((value) => JSON.stringify(value) ?? "null"),
  fc.oneof(injection, fc.string({ maxLength: 40 }), fc.constant("{"), fc.constant("[1,")),
);
const restText = fc.oneof(injection, fc.string({ maxLength: 40 }), badNumber.map(String));
const restId = fc.oneof(
  injection,
  realId,
  fc.uuid(),
  fc.string({ maxLength: 40 }),
  fc.constant(""),
);

describe(`fuzzing every REST route on ${testDatabaseKind()}`, () => {
  it("fuzzes the routes the matrix knows (the matrix checks them against the OpenAPI document)", () => {
    expect(Object.keys(restFuzzRoutes).length).toBeGreaterThanOrEqual(10);
  });

  for (const [key, route] of Object.entries(restFuzzRoutes)) {
    it(key, async () => {
      await fc.assert(
        fc.asyncProperty(
          restBody,
          restText,
          restId,
          budgeted(async (body: string, text: string, id: string) => {
            const before = await rowCounts(app.db, WRITTEN_ON_REFUSAL);
            const ctx = createContext({
              db: app.db,
              keyring: app.keyring,
              caller: callers[route.principal],
              request: { ip: "198.51.100.22", userAgent: "fuzz" },
            });
            const response = await route.call(ctx, { body, text, id });
            if (response.status < 300) return;
            const answer = (await response.json()) as {
              error?: { code?: string; message?: string };
            };
            const what = `${response.status} ${JSON.stringify(answer)} for body=${describeInput(body)} text=${describeInput(text)} id=${describeInput(id)}`;
            expect(response.status >= 400 && response.status < 500, what).toBe(true);
            expect(answer.error?.code, what).toBeTruthy();
            expect(answer.error?.message, what).toBeTruthy();
            expect(await rowCounts(app.db, WRITTEN_ON_REFUSAL), "nothing written").toEqual(before);
          }),
        ),
        { numRuns: RUNS },
      );
    });
  }
});
