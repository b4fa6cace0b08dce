import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";

import { recordAudit } from "@resq/db/audit";
import { rowsOf } from "@resq/db/client";
import { auditEvents, users } from "@resq/db/schema";
import { testDatabaseKind } from "@resq/db/testing";

import { resolveCaller } from "../../auth/caller";
import { failureOf, seededTestApi, signedInAs, type TestBrowser } from "../../test-support";
import { restAuditExport } from "./audit-export";

const app = seededTestApi();
/** Any error message: the field is named, its wording is the form's business. */
const aMessage = expect.any(String) as unknown;
const idOf = async (email: string) =>
  (await app.db.select({ id: users.id }).from(users).where(eq(users.email, email)))[0]!.id;
const meta = { ip: "203.0.113.5", userAgent: "vitest", locale: "en" as const };

let admin: TestBrowser;
let patientId: string;
let doctorId: string;

async function exportAs(browser: TestBrowser | null, query: Record<string, string>) {
  const caller = browser
    ? await resolveCaller(app.db, app.keyring, { sessionToken: browser.sessionToken })
    : null;
  const url = `http://localhost/api/admin/audit/export?${new URLSearchParams(query).toString()}`;
  return restAuditExport(new Request(url), { db: app.db, caller, request: meta });
}

beforeAll(async () => {
  admin = await signedInAs(app, "admin@resq.test");
  patientId = await idOf("patient@resq.test");
  doctorId = await idOf("doctor@resq.test");
  // Two events about one patient by one doctor, one of them carrying spreadsheet formulas.
  await recordAudit(app.db, {
    actorId: doctorId,
    actorRole: "doctor",
    action: "record.read",
    patientId,
    recordType: "encounter",
    recordId: '=HYPERLINK("http://evil.example")',
    details: { note: "x" },
  });
  await recordAudit(app.db, {
    actorId: doctorId,
    actorRole: "doctor",
    action: "record.export",
    patientId,
    userAgent: '+cmd|" /C calc"!A0',
    details: {},
  });
});

describe(`admin audit log on ${testDatabaseKind()}`, () => {
  it("refuses the viewer and the export to anonymous (401), patients and doctors (403)", async () => {
    for (const [who, code, status] of [
      [null, "UNAUTHORIZED", 401],
      ["patient@resq.test", "FORBIDDEN", 403],
      ["doctor@resq.test", "FORBIDDEN", 403],
    ] as const) {
      const browser = who ? await signedInAs(app, who) : null;
      const api = await (browser ?? app.browser()).api();
      expect((await failureOf(api.admin.auditLog({}))).code).toBe(code);
      expect((await failureOf(api.admin.auditEvent({ seq: 1 }))).code).toBe(code);
      expect((await failureOf(api.admin.auditChainStatus())).code).toBe(code);
      expect((await exportAs(browser, {})).status).toBe(status);
    }
  });

  it("filters by actor, patient, action and dates, a page at a time, and shows one event", async () => {
    const api = await admin.api();
    const byActor = await api.admin.auditLog({ actor: "doctor@resq.test", action: "record." });
    expect(byActor.items.map((e) => e.action).sort()).toEqual(["record.export", "record.read"]);
    expect(byActor.items[0]).toMatchObject({
      actorEmail: "doctor@resq.test",
      patientEmail: "patient@resq.test",
    });
    const byPatientAndAction = await api.admin.auditLog({
      patient: patientId,
      action: "record.export",
    });
    expect(byPatientAndAction.total).toBe(1);
    expect((await api.admin.auditLog({ actor: "nobody@example.org" })).total).toBe(0);

    const today = new Date().toISOString().slice(0, 10);
    const todays = await api.admin.auditLog({ from: today, to: today, action: "record." });
    expect(todays.total).toBe(2);
    expect((await api.admin.auditLog({ to: "2000-01-01" })).total).toBe(0);

    const all = await api.admin.auditLog({ pageSize: 1 });
    const next = await api.admin.auditLog({ pageSize: 1, page: 2 });
    expect(all.total).toBeGreaterThan(2);
    expect(next.items[0]!.seq).toBeLessThan(all.items[0]!.seq);

    const bad = await failureOf(api.admin.auditLog({ from: "yesterday" }));
    expect(bad).toMatchObject({ code: "BAD_REQUEST", fields: { from: aMessage } });

    const detail = await api.admin.auditEvent({ seq: byPatientAndAction.items[0]!.seq });
    expect(detail).toMatchObject({ action: "record.export", actorRole: "doctor" });
    expect(detail.hash).toMatch(/^[0-9a-f]{64}$/);
    expect((await failureOf(api.admin.auditEvent({ seq: 99_999_999 }))).code).toBe("NOT_FOUND");
  });

  it("verifies the chain on demand", async () => {
    const api = await admin.api();
    const report = await api.admin.auditChainStatus();
    expect(report).toMatchObject({ ok: true });
    expect(report.checked).toBeGreaterThan(2);
  });

  it("exports the filtered events as CSV with formula cells defused, and audits the export", async () => {
    const response = await exportAs(admin, {
      actor: "doctor@resq.test",
      action: "record.",
      to: "",
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(
      /^attachment; filename="resq-audit-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    const csv = await response.text();
    const lines = csv.trimEnd().split("\r\n");
    expect(lines[0]).toBe(
      "seq,occurredAt,action,outcome,actorId,actorRole,actorEmail,patientId,patientEmail,subjectUserId,subjectEmail,recordType,recordId,ip,userAgent,details",
    );
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain("record.export");
    expect(lines[1]).toContain(`"'+cmd|"" /C calc""!A0"`);
    expect(lines[2]).toContain(`"'=HYPERLINK(""http://evil.example"")"`);
    expect(lines[2]).toContain(`"{""note"":""x""}"`);
    expect(csv).not.toMatch(/(^|,)[=+@-]/m);

    const [exported] = await app.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, "admin.audit_exported"));
    expect(exported).toMatchObject({
      actorRole: "admin",
      details: { filter: { actor: "doctor@resq.test", action: "record." } },
    });

    const bad = await exportAs(admin, { from: "01/02/2026" });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({
      error: { code: "VALIDATION_FAILED", fields: { from: aMessage } },
    });
  });

  it("exports large filtered sets completely, in batches", async () => {
    await app.db.execute(sql`
      insert into audit_events (actor_id, actor_role, action, details)
      select ${doctorId}::uuid, 'doctor', 'bulk.test', jsonb_build_object('n', g)
      from generate_series(1, 1203) as g`);
    const response = await exportAs(admin, { action: "bulk.test" });
    expect(response.status).toBe(200);
    const lines = (await response.text()).trimEnd().split("\r\n");
    expect(lines).toHaveLength(1204);
    expect(new Set(lines).size).toBe(1204);
    expect((await (await admin.api()).admin.auditChainStatus()).ok).toBe(true);

    // Someone able to disable the append-only trigger edits an event: the re-check names it.
    await app.db.execute(sql`alter table audit_events disable trigger audit_events_append_only`);
    await app.db.execute(
      sql`update audit_events set details = '{"n": 0}' where action = 'bulk.test' and details->>'n' = '600'`,
    );
    await app.db.execute(sql`alter table audit_events enable trigger audit_events_append_only`);
    const [edited] = rowsOf<{ seq: string | number }>(
      await app.db.execute(
        sql`select seq from audit_events where action = 'bulk.test' and details->>'n' = '0'`,
      ),
    );
    expect(await (await admin.api()).admin.auditChainStatus()).toMatchObject({
      ok: false,
      problem: "content changed",
      brokenAt: Number(edited!.seq),
    });
  });
});
