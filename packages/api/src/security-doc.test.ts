import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

const root = path.join(import.meta.dirname, "..", "..", "..");
const doc = readFileSync(path.join(root, "docs", "security.md"), "utf8");

/** Every `file` › "test name" the page cites. */
const citations = [...doc.matchAll(/`([^`]+\.(?:test|e2e)\.ts)` › "([^"]+)"/g)].map((m) => ({
  file: m[1]!,
  name: m[2]!,
}));

describe("docs/security.md", () => {
  it("cites tests for its claims", () => {
    expect(citations.length).toBeGreaterThan(40);
  });

  it("names only tests that exist, in the files it names", () => {
    const missing = citations.filter(({ file, name }) => {
      const full = path.join(root, file);
      return !existsSync(full) || !readFileSync(full, "utf8").includes(`"${name}"`);
    });
    expect(missing).toEqual([]);
  });

  it("is linked from the README", () => {
    expect(readFileSync(path.join(root, "README.md"), "utf8")).toContain("docs/security.md");
  });
});
