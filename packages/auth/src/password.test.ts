import { DEMO_PASSWORD, DEMO_PASSWORD_HASH } from "@resq/db/seed";
import { describe, expect, it } from "vitest";

import { hashPassword, needsRehash, verifyPassword } from "./password";

describe("password hashing", () => {
  it("hashes with argon2id and the design's parameters, salted per hash", async () => {
    const first = await hashPassword("correct horse battery staple");
    const second = await hashPassword("correct horse battery staple");
    expect(first).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(first).not.toBe(second);
    expect(needsRehash(first)).toBe(false);
  });

  it("verifies the right password and refuses a wrong one or a malformed hash", async () => {
    const stored = await hashPassword("päss wörd ✓ with unicode");
    expect(await verifyPassword(stored, "päss wörd ✓ with unicode")).toBe(true);
    expect(await verifyPassword(stored, "päss wörd ✓ with unicodE")).toBe(false);
    expect(await verifyPassword("not-a-hash", "anything")).toBe(false);
  });

  it("keeps the seed's precomputed demo hash valid under the current parameters", async () => {
    expect(await verifyPassword(DEMO_PASSWORD_HASH, DEMO_PASSWORD)).toBe(true);
    expect(needsRehash(DEMO_PASSWORD_HASH)).toBe(false);
  });

  it("flags hashes made with weaker parameters for re-hashing", () => {
    expect(needsRehash("$argon2id$v=19$m=4096,t=3,p=1$c2FsdA$aGFzaA")).toBe(true);
  });
});
