/**
 * The authorization matrix: every procedure of the application router, found by walking it (so a
 * procedure added later is covered without editing this file), called as every kind of principal.
 * The expected answer is derived from the procedure's declared access policy:
 *
 * - no declared policy → the test fails;
 * - anonymous on a non-public procedure → UNAUTHORIZED (401);
 * - a role the policy does not name, or a sign-in gate it does not allow → FORBIDDEN (403);
 * - an allowed caller → never 401/403 and never INTERNAL_SERVER_ERROR (the access check runs
 *   before input parsing, so a procedure with no fixture answers BAD_REQUEST to the empty input).
 *
 * A fixture table gives real inputs where the allowed path should really succeed, or answer
 * NOT_FOUND because the object is not the caller's. The REST routes follow at the end.
 */
import { describe, expect, it } from "vitest";

import { testDatabaseKind } from "@resq/db/testing";

import { createContext, gateOf, type Caller, type Context } from "./context";
import { listProcedures, type ProcedureInfo } from "./procedures";
import { appRouter } from "./root";
import * as rest from "./rest";
import { restAuditExport } from "./router/admin/audit-export";
import { openApiDocument } from "./rest/openapi";
import {
  callProcedure,
  principalsOf,
  PRINCIPALS,
  type Ids,
  type Outcome,
  type Principal,
} from "./security-test-support";
import { seededTestApi } from "./test-support";

const app = seededTestApi();

/** Real inputs for procedures whose allowed path must really succeed or answer 404 when not yours. */
interface Fixture {
  /** The input this principal sends; undefined = the empty input (generic check only). */
  input(ids: Ids, principal: Principal): unknown;
  /** What each principal must get with that input (the rest follow the generic rule). */
  expect: Partial<Record<Principal, Outcome>>;
}

const day = (offset: number) =>
  new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const notOwners =
  (owners: Principal[], input: (ids: Ids) => unknown) => (ids: Ids, p: Principal) =>
    owners.includes(p) ? undefined : input(ids);
const chartExpect: Fixture["expect"] = {
  patient: "OK",
  otherPatient: "NOT_FOUND",
  doctorInCare: "OK",
  doctorOutOfCare: "NOT_FOUND",
  pendingDoctor: "NOT_FOUND",
};
const patientChart: Fixture = {
  // A patient reads their own chart without naming it; naming another's answers 404.
  input: (ids, p) => (p === "patient" ? {} : { patientId: ids.patient }),
  expect: {
    patient: "OK",
    otherPatient: "NOT_FOUND",
    doctorInCare: "OK",
    doctorOutOfCare: "NOT_FOUND",
    pendingDoctor: "NOT_FOUND",
    admin: "NOT_FOUND",
  },
};
const appointmentExpect: Fixture["expect"] = {
  otherPatient: "NOT_FOUND",
  doctorOutOfCare: "NOT_FOUND",
  pendingDoctor: "NOT_FOUND",
};

const fixtures: Record<string, Fixture> = {
  "records.get": {
    input: (ids) => ({ id: ids.lab }),
    expect: { ...chartExpect, admin: "NOT_FOUND" },
  },
  "records.summary": patientChart,
  "records.timeline": patientChart,
  "records.exportFhir": patientChart,
  "records.exportPdf": patientChart,
  "records.addLab": {
    input: (ids) => ({
      patientId: ids.patient,
      testName: "Ferritin",
      valueNumeric: 40,
      unit: "ng/mL",
      collectedAt: new Date(Date.now() - 86_400_000),
      reportedAt: new Date(),
    }),
    expect: { doctorInCare: "OK", doctorOutOfCare: "NOT_FOUND", pendingDoctor: "NOT_FOUND" },
  },
  "appointments.get": {
    input: (ids) => ({ id: ids.appointment }),
    expect: { ...appointmentExpect, patient: "OK", doctorInCare: "OK" },
  },
  "appointments.ics": {
    input: (ids) => ({ id: ids.appointment }),
    expect: { ...appointmentExpect, patient: "OK", doctorInCare: "OK" },
  },
  "appointments.cancellationPreview": {
    input: (ids) => ({ id: ids.appointment }),
    expect: { otherPatient: "NOT_FOUND" },
  },
  "appointments.cancel": {
    input: notOwners(["patient", "doctorInCare"], (ids) => ({ id: ids.appointment })),
    expect: appointmentExpect,
  },
  "appointments.reschedule": {
    input: notOwners(["patient"], (ids) => ({
      id: ids.appointment,
      startsAt: new Date(Date.now() + 7 * 86_400_000),
    })),
    expect: { otherPatient: "NOT_FOUND" },
  },
  "appointments.markOutcome": {
    input: notOwners(["doctorInCare"], (ids) => ({ id: ids.appointment, outcome: "no_show" })),
    expect: { doctorOutOfCare: "NOT_FOUND", pendingDoctor: "NOT_FOUND" },
  },
  "appointments.mine": {
    input: () => ({ scope: "all" }),
    expect: { patient: "OK", doctorInCare: "OK" },
  },
  "messages.conversation": {
    input: (ids) => ({ id: ids.conversation }),
    expect: { ...appointmentExpect, patient: "OK", doctorInCare: "OK" },
  },
  "messages.send": {
    input: notOwners(["patient", "doctorInCare"], (ids) => ({
      conversationId: ids.conversation,
      body: "Not yours to write to.",
    })),
    expect: appointmentExpect,
  },
  "messages.archive": {
    input: notOwners(["patient", "doctorInCare"], (ids) => ({
      conversationId: ids.conversation,
      archived: true,
    })),
    expect: appointmentExpect,
  },
  "messages.start": {
    input: (ids, p) =>
      p === "otherPatient"
        ? { counterpartId: ids.doctor, subject: "Hello", body: "No care relationship." }
        : p === "doctorOutOfCare" || p === "pendingDoctor"
          ? { counterpartId: ids.patient, subject: "Hello", body: "No care relationship." }
          : undefined,
    expect: { otherPatient: "NOT_FOUND", doctorOutOfCare: "NOT_FOUND", pendingDoctor: "NOT_FOUND" },
  },
  "directory.doctor": {
    input: (ids) => ({ id: ids.doctor }),
    expect: Object.fromEntries(PRINCIPALS.map((p) => [p, "OK"])),
  },
  "directory.slots": {
    input: (ids) => ({ doctorId: ids.doctor, from: day(1), to: day(7) }),
    expect: Object.fromEntries(PRINCIPALS.map((p) => [p, "OK"])),
  },
};

const { callers, ids } = principalsOf(app);

const outcomeOf = async (procedure: ProcedureInfo, caller: Caller | null, input: unknown) => {
  const { outcome, error } = await callProcedure(app, procedure, caller, input);
  return { outcome, appCode: error?.appCode, message: error?.message };
};

/** What the declared policy says this principal gets, before any fixture refines it. */
function expectedByPolicy(
  procedure: ProcedureInfo,
  caller: Caller | null,
): "denied401" | "denied403" | "allowed" {
  const access = procedure.meta?.access;
  if (!access) return "denied403";
  if ("public" in access) return "allowed";
  if (!caller) return "denied401";
  if (!access.roles.includes(caller.role)) return "denied403";
  const gate = gateOf(caller);
  if (gate !== "full" && !access.allowGates?.includes(gate)) return "denied403";
  return "allowed";
}

const procedures = listProcedures(appRouter);

describe(`authorization matrix over every procedure on ${testDatabaseKind()}`, () => {
  it("finds the procedures, and every one declares an access policy", () => {
    expect(procedures.length).toBeGreaterThan(50);
    expect(procedures.filter((p) => !p.meta?.access).map((p) => p.path)).toEqual([]);
  });

  it("has fixtures only for procedures that exist", () => {
    const paths = new Set(procedures.map((p) => p.path));
    expect(Object.keys(fixtures).filter((path) => !paths.has(path))).toEqual([]);
  });

  it("has principals at the gates the matrix means", () => {
    expect(gateOf(callers.unverifiedPatient!)).toBe("unverifiedEmail");
    for (const p of PRINCIPALS.filter((p) => p !== "anonymous" && p !== "unverifiedPatient")) {
      expect(gateOf(callers[p]!), p).toBe("full");
    }
  });

  for (const procedure of procedures) {
    it(`${procedure.type} ${procedure.path}`, async () => {
      const fixture = fixtures[procedure.path];
      const mismatches: string[] = [];
      for (const principal of PRINCIPALS) {
        const caller = callers[principal];
        const input = fixture?.input(ids, principal);
        const got = await outcomeOf(procedure, caller, input);
        const policy = expectedByPolicy(procedure, caller);
        const pinned = policy === "allowed" ? fixture?.expect[principal] : undefined;
        const ok =
          policy === "denied401"
            ? got.outcome === "UNAUTHORIZED"
            : policy === "denied403"
              ? got.outcome === "FORBIDDEN"
              : pinned
                ? got.outcome === pinned
                : !["UNAUTHORIZED", "FORBIDDEN", "INTERNAL_SERVER_ERROR"].includes(got.outcome);
        if (!ok) {
          mismatches.push(
            `${principal}: expected ${pinned ?? policy}, got ${got.outcome}${got.appCode ? ` (${got.appCode})` : ""}: ${got.message ?? ""}`,
          );
        }
      }
      expect(mismatches).toEqual([]);
    });
  }
});

/**
 * The REST routes (packages/api/src/rest), keyed as the OpenAPI document names them: a route added
 * to the document without an entry here fails the coverage check below. `roles` is the route's
 * declared policy; `status` pins what each principal gets where the answer must be exact.
 */
interface RestRoute {
  roles: "public" | Caller["role"][];
  call(ctx: Context, principal: Principal): Promise<Response>;
  status?: Partial<Record<Principal, number>>;
}
const url = (path: string) => `http://resq.test${path}`;
const post = (path: string, body: unknown) =>
  new Request(url(path), { method: "POST", body: JSON.stringify(body) });
const randomId = "00000000-0000-4000-8000-000000000000";

/** A patient's chart over REST: theirs and their doctor in care read it; everyone else gets 404. */
const chartStatus: RestRoute["status"] = {
  patient: 200,
  otherPatient: 404,
  doctorInCare: 200,
  doctorOutOfCare: 404,
  pendingDoctor: 404,
  admin: 404,
};

const restRoutes: Record<string, RestRoute> = {
  "POST /api/auth/login/": {
    roles: "public",
    call: (ctx) => rest.restLogin(post("/api/auth/login/", {}), ctx),
  },
  "POST /api/auth/refresh/": {
    roles: "public",
    call: (ctx) => rest.restRefresh(post("/api/auth/refresh/", { refreshToken: "nope" }), ctx),
  },
  "POST /api/auth/logout/": {
    roles: "public",
    call: (ctx) => rest.restLogout(post("/api/auth/logout/", { refreshToken: "nope" }), ctx),
  },
  "GET /api/appointments/doctors/": {
    roles: "public",
    call: (ctx) => rest.restSearchDoctors(new Request(url("/api/appointments/doctors/")), ctx),
    status: Object.fromEntries(PRINCIPALS.map((p) => [p, 200])),
  },
  "GET /api/appointments/doctors/{id}/slots/": {
    roles: "public",
    call: (ctx) =>
      rest.restDoctorSlots(
        new Request(
          url(`/api/appointments/doctors/${ids.doctor}/slots/?from=${day(1)}&to=${day(7)}`),
        ),
        ctx,
        ids.doctor,
      ),
    status: Object.fromEntries(PRINCIPALS.map((p) => [p, 200])),
  },
  "POST /api/appointments/appointments/": {
    roles: ["patient"],
    // An empty body: a patient gets 400 (validation), everyone else is refused before that.
    call: (ctx) => rest.restBook(post("/api/appointments/appointments/", {}), ctx),
    status: { patient: 400, otherPatient: 400 },
  },
  "GET /api/appointments/appointments/": {
    roles: ["patient", "doctor"],
    call: (ctx) =>
      rest.restListAppointments(new Request(url("/api/appointments/appointments/")), ctx),
    status: { patient: 200, otherPatient: 200, doctorInCare: 200, doctorOutOfCare: 200 },
  },
  "POST /api/appointments/appointments/{id}/cancel/": {
    roles: ["patient", "doctor"],
    // The owners aim at an id that does not exist (their real one would be cancelled); everyone
    // else aims at the real appointment, which is not theirs: 404 either way.
    call: (ctx, p) => {
      const id = p === "patient" || p === "doctorInCare" ? randomId : ids.appointment;
      return rest.restCancel(post(`/api/appointments/appointments/${id}/cancel/`, {}), ctx, id);
    },
    status: {
      patient: 404,
      otherPatient: 404,
      pendingDoctor: 404,
      doctorInCare: 404,
      doctorOutOfCare: 404,
    },
  },
  "GET /api/medical-records/records/": {
    roles: ["patient", "doctor", "admin"],
    call: (ctx, p) =>
      rest.restListRecords(
        new Request(
          url(`/api/medical-records/records/${p === "patient" ? "" : `?patientId=${ids.patient}`}`),
        ),
        ctx,
      ),
    status: chartStatus,
  },
  "GET /api/medical-records/records/{id}/": {
    roles: ["patient", "doctor", "admin"],
    call: (ctx) =>
      rest.restGetRecord(
        new Request(url(`/api/medical-records/records/${ids.lab}/`)),
        ctx,
        ids.lab,
      ),
    status: chartStatus,
  },
  "GET /api/billing/invoices/": {
    roles: ["patient", "doctor", "admin"],
    call: (ctx) => rest.restListInvoices(new Request(url("/api/billing/invoices/")), ctx),
    status: Object.fromEntries(
      (["patient", "otherPatient", "doctorInCare", "doctorOutOfCare", "admin"] as const).map(
        (p) => [p, 200],
      ),
    ),
  },
  "GET /api/billing/invoices/{id}/": {
    roles: ["patient", "doctor", "admin"],
    // The demo invoice: its patient, its practice's doctor and admins read it; nobody else.
    call: (ctx) =>
      rest.restGetInvoice(
        new Request(url(`/api/billing/invoices/${ids.invoice}/`)),
        ctx,
        ids.invoice,
      ),
    status: {
      patient: 200,
      otherPatient: 404,
      doctorInCare: 200,
      doctorOutOfCare: 404,
      admin: 200,
    },
  },
  "GET /api/billing/payments/": {
    roles: ["patient"],
    call: (ctx) => rest.restListPayments(new Request(url("/api/billing/payments/")), ctx),
    status: { patient: 200, otherPatient: 200 },
  },
  "POST /api/billing/webhooks/stripe/": {
    // Stripe's, authenticated by its signature rather than a caller: without the webhook secret
    // configured it answers 404 to everyone, with one a wrong signature is 400 (billing tests).
    roles: "public",
    call: (ctx) => rest.restStripeWebhook(post("/api/billing/webhooks/stripe/", {}), ctx),
    status: Object.fromEntries(PRINCIPALS.map((p) => [p, 404])),
  },
  "GET /api/admin/audit/export": {
    roles: ["admin"],
    call: (ctx) => restAuditExport(new Request(url("/api/admin/audit/export")), ctx),
    status: { admin: 200 },
  },
};

/** Operations of the OpenAPI document that are not the REST API's business (liveness). */
const notRestOperations = new Set(["GET /api/health"]);

function restExpectation(
  route: RestRoute,
  caller: Caller | null,
): "public" | 401 | 403 | "allowed" {
  if (route.roles === "public") return "public";
  if (!caller) return 401;
  if (!route.roles.includes(caller.role) || gateOf(caller) !== "full") return 403;
  return "allowed";
}

describe(`authorization matrix over the REST routes on ${testDatabaseKind()}`, () => {
  it("covers every operation of the OpenAPI document", () => {
    const operations = Object.entries(openApiDocument.paths).flatMap(([path, item]) =>
      Object.keys(item).map((method) => `${method.toUpperCase()} ${path}`),
    );
    const missing = operations.filter((op) => !notRestOperations.has(op) && !restRoutes[op]);
    expect(missing).toEqual([]);
    expect(Object.keys(restRoutes).filter((key) => !operations.includes(key))).toEqual([]);
  });

  for (const [key, route] of Object.entries(restRoutes)) {
    it(key, async () => {
      const mismatches: string[] = [];
      for (const principal of PRINCIPALS) {
        const caller = callers[principal];
        const ctx = createContext({
          db: app.db,
          keyring: app.keyring,
          caller,
          request: { ip: "198.51.100.21", userAgent: "authorization-matrix" },
        });
        const response = await route.call(ctx, principal);
        const expected = restExpectation(route, caller);
        const pinned =
          expected === "allowed" || expected === "public" ? route.status?.[principal] : undefined;
        const ok =
          typeof expected === "number"
            ? response.status === expected
            : pinned
              ? response.status === pinned
              : response.status < 500 &&
                (expected === "public" || ![401, 403].includes(response.status));
        if (!ok) {
          mismatches.push(
            `${principal}: expected ${pinned ?? expected}, got ${response.status} ${await response.text()}`,
          );
        }
      }
      expect(mismatches).toEqual([]);
    });
  }
});
