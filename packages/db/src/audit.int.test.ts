import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { recordAudit, verifyAuditChain } from "./audit";
import { sqlStateOf } from "./errors";
import { auditEvents } from "./schema";
import { createTestDatabase, testDatabaseKind, type TestDatabase } from "./testing";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.close();
});

const event = (i: number) => ({
  actorId: null,
  actorRole: "patient",
  action: `test.event_${i}`,
  details: { i },
});

describe(`audit trail on ${testDatabaseKind()}`, () => {
  it("chains every event to the one before, also when written concurrently", async () => {
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        database.db.transaction((tx) => recordAudit(tx, event(i))),
      ),
    );
    const rows = await database.db.select().from(auditEvents).orderBy(auditEvents.seq);
    expect(rows).toHaveLength(20);
    rows.forEach((row, i) => {
      expect(row.hash).toMatch(/^[0-9a-f]{64}$/);
      expect(row.prevHash).toBe(i === 0 ? "" : rows[i - 1]?.hash);
    });
    expect(await verifyAuditChain(database.db)).toEqual({ ok: true, checked: 20 });
  });

  it("refuses UPDATE, DELETE and TRUNCATE", async () => {
    for (const statement of [
      sql`update audit_events set action = 'forged'`,
      sql`delete from audit_events`,
      sql`truncate audit_events`,
    ]) {
      const error = await database.db.execute(statement).then(
        () => null,
        (e: unknown) => e,
      );
      expect(sqlStateOf(error)).toBe("42501");
    }
  });

  it("drops an event in the rollback of its transaction, so the act and its record go together", async () => {
    const before = (await database.db.select().from(auditEvents)).length;
    await database.db
      .transaction(async (tx) => {
        await recordAudit(tx, event(99));
        throw new Error("the act failed");
      })
      .catch(() => undefined);
    expect((await database.db.select().from(auditEvents)).length).toBe(before);
    expect((await verifyAuditChain(database.db)).ok).toBe(true);
  });

  it("detects a tampered row (someone with the power to disable the trigger)", async () => {
    await database.db.execute(
      sql`alter table audit_events disable trigger audit_events_append_only`,
    );
    await database.db.execute(
      sql`update audit_events set details = '{"i": 500}' where seq = (select seq from audit_events order by seq limit 1 offset 4)`,
    );
    await database.db.execute(
      sql`alter table audit_events enable trigger audit_events_append_only`,
    );
    const report = await verifyAuditChain(database.db);
    expect(report).toMatchObject({ ok: false, checked: 4, problem: "content changed" });
  });

  it("detects a deleted row as a broken link", async () => {
    const fresh = await createTestDatabase();
    try {
      for (let i = 0; i < 5; i++) await recordAudit(fresh.db, event(i));
      await fresh.db.execute(
        sql`alter table audit_events disable trigger audit_events_append_only`,
      );
      await fresh.db.execute(
        sql`delete from audit_events where seq = (select seq from audit_events order by seq limit 1 offset 2)`,
      );
      expect(await verifyAuditChain(fresh.db)).toMatchObject({
        ok: false,
        checked: 2,
        problem: "link broken",
      });
    } finally {
      await fresh.close();
    }
  });
});
