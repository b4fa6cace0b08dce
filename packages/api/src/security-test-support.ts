/**
 * Shared set-up of the security tests (authorization matrix, fuzzing): the principals, signed in
 * through the real procedures, and the objects they may or may not reach.
 */
import { TRPCError } from "@trpc/server";
import { and, eq, sql } from "drizzle-orm";
import { beforeAll } from "vitest";

import { rowsOf, type Database } from "@resq/db/client";
import { appointments, invoices, users } from "@resq/db/schema";
import { DEMO_PASSWORD } from "@resq/db/seed";

import { resolveCaller } from "./auth/caller";
import { createContext, type Caller } from "./context";
import type { ProcedureInfo } from "./procedures";
import { createCaller } from "./root";
import { signedInAs, type seededTestApi } from "./test-support";

export const PRINCIPALS = [
  "anonymous",
  "unverifiedPatient",
  "patient",
  "otherPatient",
  "pendingDoctor",
  "doctorInCare",
  "doctorOutOfCare",
  "admin",
] as const;
export type Principal = (typeof PRINCIPALS)[number];

export interface Ids {
  patient: string;
  otherPatient: string;
  doctor: string;
  doctor2: string;
  /** A past appointment of `patient` with `doctor` (their care relationship). */
  appointment: string;
  /** A lab result in `patient`'s chart. */
  lab: string;
  /** A conversation between `patient` and `doctor`. */
  conversation: string;
  /** The demo invoice of `patient`'s past visit with `doctor`. */
  invoice: string;
}

type TestApi = ReturnType<typeof seededTestApi>;

async function realCaller(app: TestApi, email: string, password = DEMO_PASSWORD): Promise<Caller> {
  const browser = app.browser();
  await (await browser.api()).auth.signIn({ email, password });
  const caller = await resolveCaller(app.db, app.keyring, { sessionToken: browser.sessionToken });
  if (!caller) throw new Error(`no session for ${email}`);
  return caller;
}

async function idOf(db: Database, email: string) {
  const [row] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
  if (!row) throw new Error(`no demo account ${email}`);
  return row.id;
}

/**
 * Signs every principal in (before the file's tests) and creates the objects the tests aim at. Each
 * session is resolved once, so a procedure that ends sessions (signOut) cannot change who calls
 * the next one.
 */
export function principalsOf(app: TestApi) {
  const callers = {} as Record<Principal, Caller | null>;
  const ids = {} as Ids;
  beforeAll(async () => {
    const password = "Harbour lantern violet 77";
    await (
      await app.browser().api()
    ).auth.signUp({
      role: "patient",
      name: "Not Yet Verified",
      email: "unverified@example.org",
      password,
    });
    callers.anonymous = null;
    callers.unverifiedPatient = await realCaller(app, "unverified@example.org", password);
    callers.patient = await realCaller(app, "patient@resq.test");
    callers.otherPatient = await realCaller(app, "patient2@resq.test");
    callers.pendingDoctor = await realCaller(app, "pending@resq.test");
    callers.doctorInCare = await realCaller(app, "doctor@resq.test");
    callers.doctorOutOfCare = await realCaller(app, "doctor2@resq.test");
    callers.admin = await realCaller(app, "admin@resq.test");

    ids.patient = await idOf(app.db, "patient@resq.test");
    ids.otherPatient = await idOf(app.db, "patient2@resq.test");
    ids.doctor = await idOf(app.db, "doctor@resq.test");
    ids.doctor2 = await idOf(app.db, "doctor2@resq.test");
    const [appointment] = await app.db
      .select({ id: appointments.id })
      .from(appointments)
      .where(and(eq(appointments.patientId, ids.patient), eq(appointments.doctorId, ids.doctor)));
    ids.appointment = appointment!.id;
    const [invoice] = await app.db
      .select({ id: invoices.id })
      .from(invoices)
      .where(eq(invoices.patientId, ids.patient));
    ids.invoice = invoice!.id;
    const doctor = await (await signedInAs(app, "doctor@resq.test")).api();
    ids.lab = (
      await doctor.records.addLab({
        patientId: ids.patient,
        testName: "HbA1c",
        valueNumeric: 5.4,
        unit: "%",
        collectedAt: new Date(Date.now() - 86_400_000),
        reportedAt: new Date(),
      })
    ).id;
    ids.conversation = (
      await doctor.messages.start({
        counterpartId: ids.patient,
        subject: "Your results",
        body: "Your HbA1c is in range.",
      })
    ).id;
  });
  return { callers, ids };
}

export type Outcome = "OK" | TRPCError["code"];

/** Calls a procedure by its path as `caller`; the outcome is "OK" or the tRPC error. */
export async function callProcedure(
  app: TestApi,
  procedure: ProcedureInfo,
  caller: Caller | null,
  input: unknown,
): Promise<{ outcome: Outcome; error?: TRPCError & { appCode?: string } }> {
  const api = createCaller(
    createContext({
      db: app.db,
      keyring: app.keyring,
      caller,
      request: { ip: "198.51.100.20", userAgent: "security-tests" },
    }),
  ) as unknown as Record<string, Record<string, (input: unknown) => Promise<unknown>>>;
  const [area, name] = procedure.path.split(".") as [string, string];
  try {
    const result = await api[area]![name]!(input);
    // A subscription that was let in: close it without reading (no live hub in tests).
    const iterator = (result as Partial<AsyncIterable<unknown>> | null)?.[Symbol.asyncIterator]?.();
    await iterator?.return?.();
    return { outcome: "OK" };
  } catch (error) {
    if (error instanceof TRPCError) return { outcome: error.code, error };
    throw error;
  }
}

/**
 * A cheap fingerprint of what is stored: the row count of every table. Two equal fingerprints
 * around a refused call mean it wrote nothing (an insert, or a delete, would change a count).
 */
const tablesOf = new WeakMap<Database, Promise<string[]>>();

export async function rowCounts(
  db: Database,
  except: readonly string[] = [],
): Promise<Record<string, number>> {
  let tables = tablesOf.get(db);
  if (!tables) {
    tables = db
      .execute(
        sql`select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`,
      )
      .then((result) => rowsOf<{ name: string }>(result).map((t) => t.name));
    tablesOf.set(db, tables);
  }
  const query = (await tables)
    .filter((name) => !except.includes(name))
    .map((name) => `select '${name}' as name, count(*)::int as n from "${name}"`)
    .join(" union all ");
  const counts = rowsOf<{ name: string; n: number }>(await db.execute(sql.raw(query)));
  return Object.fromEntries(counts.map((row) => [row.name, Number(row.n)]));
}
