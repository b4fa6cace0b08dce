import { count, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { prepareDatabase } from "./bootstrap";
import { rowsOf } from "./client";
import { sqlStateOf, SqlState } from "./errors";
import { seedDemoData, DEMO_ACCOUNTS } from "./seed";
import { doctorProfiles, systemSettings, users } from "./schema";
import { createTestDatabase, testDatabaseKind, type TestDatabase } from "./testing";

let handle: TestDatabase;
beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(async () => {
  await handle.close();
});

describe(`database on ${testDatabaseKind()}`, () => {
  it("runs on the expected engine with the extensions RESQ needs", async () => {
    expect(handle.kind).toBe(testDatabaseKind());
    const rows = await handle.db
      .select({ name: sql<string>`extname` })
      .from(sql`pg_extension`)
      .where(sql`extname in ('btree_gist', 'pg_trgm')`);
    expect(rows.map((r) => r.name).sort()).toEqual(["btree_gist", "pg_trgm"]);
  });

  it("refuses a second account whose email differs only in case", async () => {
    await handle.db
      .insert(users)
      .values({ email: "Case.Test@example.org", name: "A", role: "patient" });
    const duplicate = handle.db
      .insert(users)
      .values({ email: "case.test@EXAMPLE.org", name: "B", role: "patient" });
    await expect(duplicate).rejects.toSatisfy(
      (error) => sqlStateOf(error) === SqlState.uniqueViolation,
    );
    const [row] = await handle.db
      .select({ n: count() })
      .from(users)
      .where(sql`lower(${users.email}) = 'case.test@example.org'`);
    expect(row?.n).toBe(1);
  });

  it("seeds design.md's demo data set once, however often it runs", async () => {
    const first = await seedDemoData(handle.db);
    const second = await seedDemoData(handle.db);
    expect(first.created).toBeGreaterThanOrEqual(28);
    expect(second.created).toBe(0);

    const byRole = await handle.db
      .select({ role: users.role, n: count() })
      .from(users)
      .where(sql`${users.email} like '%resq.test'`)
      .groupBy(users.role);
    expect(Object.fromEntries(byRole.map((r) => [r.role, r.n]))).toMatchObject({
      admin: 1,
      patient: 2,
    });

    const [doctor] = await handle.db
      .select({ specialty: doctorProfiles.specialty, status: doctorProfiles.verificationStatus })
      .from(doctorProfiles)
      .innerJoin(users, eq(users.id, doctorProfiles.userId))
      .where(eq(users.email, DEMO_ACCOUNTS.doctor));
    expect(doctor).toEqual({ specialty: "cardiology", status: "verified" });

    const [pending] = await handle.db
      .select({ status: doctorProfiles.verificationStatus })
      .from(doctorProfiles)
      .innerJoin(users, eq(users.id, doctorProfiles.userId))
      .where(eq(users.email, DEMO_ACCOUNTS.pendingDoctor));
    expect(pending?.status).toBe("pending");

    const verified = await handle.db
      .select({ specialty: doctorProfiles.specialty })
      .from(doctorProfiles)
      .where(eq(doctorProfiles.verificationStatus, "verified"));
    expect(verified.length).toBeGreaterThanOrEqual(22);
    expect(new Set(verified.map((d) => d.specialty)).size).toBeGreaterThanOrEqual(8);

    // design.md: the demo patients have a few records each (a chronic problem, active medicines,
    // a lab panel with an abnormal value, an allergy, immunizations).
    const counts = rowsOf<Record<string, string | number>>(
      await handle.db.execute(sql`
        select (select count(*) from problems p join users u on u.id = p.patient_id where u.email = 'patient@resq.test' and p.status = 'active') as problems,
               (select count(*) from prescriptions p join users u on u.id = p.patient_id where u.email = 'patient@resq.test' and p.status = 'active') as prescriptions,
               (select count(*) from lab_results l join users u on u.id = l.patient_id where u.email = 'patient@resq.test' and l.abnormal) as abnormal_labs,
               (select count(*) from allergies a join users u on u.id = a.patient_id where u.email = 'patient2@resq.test') as allergies2,
               (select count(*) from immunizations i join users u on u.id = i.patient_id where u.email = 'patient@resq.test') as immunizations`),
    )[0]!;
    for (const value of Object.values(counts)) expect(Number(value)).toBeGreaterThan(0);

    const [mfa] = await handle.db
      .select({ value: systemSettings.value })
      .from(systemSettings)
      .where(eq(systemSettings.key, "security.mfaRequiredRoles"));
    expect(mfa?.value).toEqual([]);
  });
});

describe(`server start-up preparation on ${testDatabaseKind()}`, () => {
  it("leaves an empty database empty when DEMO_SEED is off, and seeds it when on", async () => {
    const fresh = await createTestDatabase();
    try {
      expect(await prepareDatabase(fresh, { demoSeed: false })).toEqual({ seeded: false });
      const [none] = await fresh.db.select({ n: count() }).from(users);
      expect(none?.n).toBe(0);

      expect(await prepareDatabase(fresh, { demoSeed: true })).toEqual({ seeded: true });
      // A database that already has users is never seeded again.
      expect(await prepareDatabase(fresh, { demoSeed: true })).toEqual({ seeded: false });
      const [some] = await fresh.db.select({ n: count() }).from(users);
      expect(some?.n).toBeGreaterThanOrEqual(28);
    } finally {
      await fresh.close();
    }
  });
});
