import { randomBytes } from "node:crypto";

import { expect, test } from "@playwright/test";

import { expectNoAxeViolations } from "./axe";
import { headerSignOut, verificationCodeFor } from "./helpers";
import { signInWithCode, turnOnTwoFactor } from "./totp";

const PASSWORD = "Glacier orbit pencil 2026!";

test.describe("accounts", () => {
  test("a new patient signs up, verifies the email, turns on two-factor sign-in and signs back in with a code", async ({
    page,
    browser,
    baseURL,
  }, testInfo) => {
    // Up to 30 s of it waits for a fresh authenticator code (a code is never accepted twice).
    test.setTimeout(150_000);
    const email = `e2e-${testInfo.project.name}-${randomBytes(4).toString("hex")}@patients.resq.test`;
    const name = `Robin ${testInfo.project.name === "phone" ? "Phone" : "Desktop"} Tester`;

    // Sign up.
    await page.goto("/sign-up");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Create your RESQ account");
    await expect(page.getByRole("radio", { name: /Patient/ })).toBeChecked();
    await expectNoAxeViolations(page);
    await page.getByLabel("Full name").fill(name);
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(PASSWORD);
    await expect(page.getByText(/Strength: (Strong|Very strong)/)).toBeVisible();
    await page.getByRole("button", { name: "Create account" }).click();

    // Verify the email with the code from the mailbox.
    await expect(page).toHaveURL(/\/verify-email\?email=/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check your email");
    await expect(page.getByLabel("Email")).toHaveValue(email);
    await expectNoAxeViolations(page);
    const code = await verificationCodeFor(browser, baseURL!, email);
    await page.getByLabel("Verification code").fill(code);
    await page.getByRole("button", { name: "Verify and continue" }).click();
    await expect(page).toHaveURL(/\/patient$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Welcome, ${name}`);

    // Turn on two-factor sign-in.
    await page.getByRole("banner").getByRole("link", { name: "Security" }).click();
    await expect(page).toHaveURL(/\/account\/security$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Security");
    await expectNoAxeViolations(page);
    const { manualKey, enrolmentStep } = await turnOnTwoFactor(page, PASSWORD);

    // Sign out, and back in: the password alone is no longer enough.
    await headerSignOut(page).click();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByRole("banner").getByRole("link", { name: "Sign in" })).toBeVisible();
    await signInWithCode(page, email, PASSWORD, manualKey, enrolmentStep);
    await expect(page).toHaveURL(/\/patient$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Welcome, ${name}`);
    await expect(headerSignOut(page)).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test("a wrong password is reported beside the form and nothing else changes", async ({
    page,
  }) => {
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill("patient2@resq.test");
    await page.getByLabel("Password").fill("Not-the-right-password-1");
    await page.getByRole("button", { name: "Sign in" }).click();
    const form = page.locator("form");
    await expect(
      form.getByRole("alert").filter({ hasText: "The email or password is not right." }),
    ).toBeVisible();
    await expect(page).toHaveURL(/\/sign-in$/);
    await expect(page.getByLabel("Email")).toHaveValue("patient2@resq.test");
    await expect(page.getByRole("button", { name: "Sign in" })).toBeEnabled();
    await expect(page.getByRole("banner").getByRole("link", { name: "Sign in" })).toBeVisible();
    await expect(headerSignOut(page)).toHaveCount(0);
  });

  test("the area guard sends a visitor to sign in and back, and the sign-in page is accessible", async ({
    page,
  }) => {
    await page.goto("/patient");
    await expect(page).toHaveURL(/\/sign-in\?next=%2Fpatient$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sign in to RESQ");
    await expect(page.getByRole("link", { name: "Forgot password?" })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test("a form cannot be sent before the page's script runs (no password in a URL)", async ({
    page,
    request,
  }) => {
    // The server's HTML: the form is sent by script, so its button waits for it.
    const html = await (await request.get("/sign-in")).text();
    expect(html).toMatch(/<button[^>]*type="submit"[^>]*disabled=""[^>]*>/);
    // Once the page has hydrated, the same button works.
    await page.goto("/sign-in");
    await expect(page.getByRole("button", { name: "Sign in" })).toBeEnabled();
  });
});
