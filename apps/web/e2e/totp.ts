import { createHmac } from "node:crypto";

import { expect, type Page } from "@playwright/test";

import { expectNoAxeViolations } from "./axe";

const BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

/** Decodes a base32 key as authenticator apps take it (spaces, case and padding ignored). */
function decodeBase32(key: string): Buffer {
  const clean = key.replace(/[\s=]/g, "").toUpperCase();
  const bytes: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (const char of clean) {
    const value = BASE32.indexOf(char);
    if (value < 0) throw new Error(`Not a base32 character: ${char}`);
    buffer = (buffer << 5) | value;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((buffer >> bits) & 0xff);
    }
  }
  return Buffer.from(bytes);
}

/** The 30-second time step a moment falls in (RFC 6238). */
export function totpStep(time = Date.now()): number {
  return Math.floor(time / 1000 / 30);
}

/** The 6-digit code an authenticator app shows for `manualKey` at the given step (RFC 6238, HMAC-SHA1). */
export function totpCode(manualKey: string, step = totpStep()): string {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(step));
  const hmac = createHmac("sha1", decodeBase32(manualKey)).update(counter).digest();
  const offset = hmac[hmac.length - 1]! & 0x0f;
  const binary = hmac.readUInt32BE(offset) & 0x7fffffff;
  return String(binary % 1_000_000).padStart(6, "0");
}

/**
 * On the security page: turns on two-factor sign-in with an authenticator (the code computed here)
 * and stores the recovery codes; answers the key and the time step whose code was spent.
 */
export async function turnOnTwoFactor(
  page: Page,
  password: string,
): Promise<{ manualKey: string; enrolmentStep: number }> {
  const twoFactor = page.getByRole("region", { name: "Two-factor sign-in" });
  await twoFactor.getByRole("button", { name: "Set up two-factor sign-in" }).click();
  await twoFactor.getByLabel("Your password").fill(password);
  await twoFactor.getByRole("button", { name: "Continue" }).click();
  await expect(
    twoFactor.getByRole("img", { name: "QR code for your authenticator app" }),
  ).toBeVisible();
  const manualKey = (await twoFactor.getByTestId("totp-manual-key").innerText()).trim();
  expect(manualKey).toMatch(/^[A-Z2-7 ]+$/);
  await expectNoAxeViolations(page);
  const enrolmentStep = totpStep();
  await twoFactor.getByLabel("Code from your app").fill(totpCode(manualKey, enrolmentStep));
  await twoFactor.getByRole("button", { name: "Turn on two-factor sign-in" }).click();
  await expect(
    twoFactor.getByRole("heading", { name: "Save your recovery codes now" }),
  ).toBeVisible();
  await expect(
    twoFactor.getByRole("list", { name: "Recovery codes" }).getByRole("listitem"),
  ).toHaveCount(10);
  await expect(twoFactor.getByText("On", { exact: true })).toBeVisible();
  await expectNoAxeViolations(page);
  await twoFactor.getByRole("button", { name: "I have stored them safely" }).click();
  return { manualKey, enrolmentStep };
}

/**
 * Signs in with the password, then the authenticator code of a step after `spentStep` (a code is
 * never accepted twice, so this may wait up to 30 seconds).
 */
export async function signInWithCode(
  page: Page,
  email: string,
  password: string,
  manualKey: string,
  spentStep: number,
) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/sign-in\/two-factor$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Enter your sign-in code");
  await expectNoAxeViolations(page);

  // The spent code cannot be used again: wait for the next 30-second step.
  while (totpStep() <= spentStep) await page.waitForTimeout(500);
  await page.getByLabel("Authentication code").fill(totpCode(manualKey));
  await page.getByRole("button", { name: "Continue" }).click();
}
