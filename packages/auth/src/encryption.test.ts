import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { createKeyring, decrypt, encrypt, keyIdOfCiphertext, loadOrCreateKey } from "./encryption";

const key = () => randomBytes(32).toString("base64");

describe("encryption at rest (AES-256-GCM with key ids)", () => {
  it("round-trips text and never repeats a ciphertext", () => {
    const keyring = createKeyring(key());
    const first = encrypt(keyring, "Patient reports chest pain ✓");
    const second = encrypt(keyring, "Patient reports chest pain ✓");
    expect(first).not.toBe(second);
    expect(first).not.toContain("chest");
    expect(decrypt(keyring, first)).toBe("Patient reports chest pain ✓");
    expect(keyIdOfCiphertext(first)).toBe(keyring.current.id);
  });

  it("detects tampering", () => {
    const keyring = createKeyring(key());
    const parts = encrypt(keyring, "secret").split(".");
    parts[3] = Buffer.from("public").toString("base64url");
    expect(() => decrypt(keyring, parts.join("."))).toThrow();
  });

  it("reads data written under a previous key after rotation, and writes under the new one", () => {
    const oldKey = key();
    const old = createKeyring(oldKey);
    const written = encrypt(old, "kept readable");
    const rotated = createKeyring(key(), [oldKey]);
    expect(decrypt(rotated, written)).toBe("kept readable");
    expect(keyIdOfCiphertext(encrypt(rotated, "new"))).not.toBe(old.current.id);
    expect(() => decrypt(createKeyring(key()), written)).toThrow(/No key with id/);
  });

  it("refuses keys that are not 32 bytes", () => {
    expect(() => createKeyring(randomBytes(16).toString("base64"))).toThrow(/32 bytes/);
  });

  it("generates a development key once, private to the owner, and warns", () => {
    const file = path.join(
      mkdtempSync(path.join(tmpdir(), "resq-key-")),
      "nested",
      "encryption.key",
    );
    const warnings: string[] = [];
    const generated = loadOrCreateKey(undefined, file, (message: string) => warnings.push(message));
    expect(Buffer.from(generated, "base64")).toHaveLength(32);
    expect(existsSync(file)).toBe(true);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(warnings[0]).toMatch(/ENCRYPTION_KEY is not set/);
    expect(loadOrCreateKey(undefined, file, () => undefined)).toBe(generated);
    expect(readFileSync(file, "utf8").trim()).toBe(generated);
    expect(loadOrCreateKey("configured", file)).toBe("configured");
  });
});
