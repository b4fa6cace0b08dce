import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { afterEach, describe, expect, it } from "vitest";

import { openDatabase } from "./client";
import { DatabaseInUseError } from "./pglite-lock";

const children: ReturnType<typeof spawn>[] = [];
afterEach(() => {
  for (const child of children.splice(0)) child.kill();
});

function freshDir() {
  return path.join(mkdtempSync(path.join(tmpdir(), "resq-lock-")), "pglite");
}

// Each test starts an on-disk PGlite (initdb), which takes long on a busy 2-core machine.
describe("one process per embedded database directory", { timeout: 120_000 }, () => {
  it("refuses a directory another live process holds, with a message that says what to do", async () => {
    const dataDir = freshDir();
    const other = spawn(process.execPath, ["-e", "setTimeout(() => {}, 30000)"]);
    children.push(other);
    writeFileSync(`${dataDir}.lock`, String(other.pid));

    const attempt = openDatabase({ kind: "pglite", dataDir });
    await expect(attempt).rejects.toBeInstanceOf(DatabaseInUseError);
    await expect(attempt).rejects.toThrow(/already open in another process .*PGLITE_DIR/);
    expect(existsSync(path.join(dataDir, "PG_VERSION"))).toBe(false);
  });

  it("takes over a lock left by a process that has died, and releases it on close", async () => {
    const dataDir = freshDir();
    const dead = spawn(process.execPath, ["-e", ""]);
    await new Promise((resolve) => dead.on("exit", resolve));
    writeFileSync(`${dataDir}.lock`, String(dead.pid));

    const handle = await openDatabase({ kind: "pglite", dataDir });
    expect(existsSync(`${dataDir}.lock`)).toBe(true);
    await handle.close();
    expect(existsSync(`${dataDir}.lock`)).toBe(false);
  });

  it("keeps data across close and reopen", async () => {
    const dataDir = freshDir();
    const first = await openDatabase({ kind: "pglite", dataDir });
    await first.pglite?.exec(
      "create table kept (note text); insert into kept values ('still here')",
    );
    await first.close();

    const second = await openDatabase({ kind: "pglite", dataDir });
    const result = await second.pglite?.query<{ note: string }>("select note from kept");
    expect(result?.rows).toEqual([{ note: "still here" }]);
    await second.close();
  });
});
