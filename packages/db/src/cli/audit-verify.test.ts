import { execFile } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";

import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";

import { recordAudit } from "../audit";
import { openDatabase, rowsOf } from "../client";
import { migrateDatabase } from "../migrate";

const run = promisify(execFile);
const packageRoot = path.resolve(import.meta.dirname, "../..");

/** Runs `pnpm audit:verify`'s script against an embedded database directory. */
async function verifyCommand(dataDir: string) {
  const tsx = path.join(packageRoot, "node_modules", ".bin", "tsx");
  return run(tsx, ["src/cli/audit-verify.ts"], {
    cwd: packageRoot,
    env: { ...process.env, PGLITE_DIR: dataDir, DATABASE_URL: "" },
  }).then(
    ({ stdout, stderr }) => ({ code: 0, output: stdout + stderr }),
    (error: { code: number; stdout: string; stderr: string }) => ({
      code: error.code,
      output: error.stdout + error.stderr,
    }),
  );
}

describe("pnpm audit:verify", () => {
  it("reports an intact chain, then names the first tampered event and exits 1", async () => {
    const dataDir = path.join(mkdtempSync(path.join(tmpdir(), "resq-audit-")), "pglite");
    const handle = await openDatabase({ kind: "pglite", dataDir });
    await migrateDatabase(handle);
    for (let i = 0; i < 6; i++)
      await recordAudit(handle.db, {
        actorId: null,
        actorRole: null,
        action: "test.event",
        details: { i },
      });
    await handle.close();

    const intact = await verifyCommand(dataDir);
    expect(intact).toMatchObject({ code: 0 });
    expect(intact.output).toContain("Audit chain intact: 6 events checked.");

    const again = await openDatabase({ kind: "pglite", dataDir });
    await again.db.execute(sql`alter table audit_events disable trigger audit_events_append_only`);
    const [third] = rowsOf<{ seq: number }>(
      await again.db.execute(sql`select seq from audit_events order by seq limit 1 offset 2`),
    );
    await again.db.execute(
      sql`update audit_events set action = 'test.forged' where seq = ${third?.seq}`,
    );
    await again.close();

    const broken = await verifyCommand(dataDir);
    expect(broken.code).toBe(1);
    expect(broken.output).toContain(`Audit chain BROKEN at event #${third?.seq} (content changed)`);
  }, 180_000);
});
