import { expect, test, type Page } from "@playwright/test";

import { expectNoAxeViolations } from "./axe";
import { DEMO_PASSWORD, signIn } from "./helpers";

// Contrast in the dark theme: each area's main pages, axe-checked with the system set to dark, at
// phone size (playwright.config.ts; the journeys check the light theme at both sizes).
test.use({ colorScheme: "dark" });
test.describe.configure({ timeout: 240_000 });

async function expectDarkAndAxeClean(page: Page, path: string) {
  await page.goto(path);
  await expect(page.locator("html")).toHaveClass(/dark/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectNoAxeViolations(page);
}

test("public and sign-in pages in the dark theme", async ({ page }) => {
  for (const path of ["/", "/doctors", "/sign-in", "/sign-up", "/forgot-password"]) {
    await expectDarkAndAxeClean(page, path);
  }
  await page.goto("/doctors");
  await page
    .getByRole("link", { name: /^Dr\. / })
    .first()
    .click();
  await expect(page).toHaveURL(/\/doctors\/[0-9a-f-]{36}$/);
  await expectDarkAndAxeClean(page, new URL(page.url()).pathname);
});

test("the patient's pages in the dark theme", async ({ page }) => {
  await signIn(page, "patient@resq.test", DEMO_PASSWORD, "/patient");
  await expect(page).toHaveURL(/\/patient$/);
  for (const path of [
    "/patient",
    "/patient/appointments",
    "/patient/records",
    "/patient/billing",
    "/patient/profile",
    "/messages",
    "/account/notifications",
    "/account/security",
  ]) {
    await expectDarkAndAxeClean(page, path);
  }
});

test("the doctor's pages in the dark theme", async ({ page }) => {
  await signIn(page, "doctor@resq.test", DEMO_PASSWORD, "/doctor");
  await expect(page).toHaveURL(/\/doctor$/);
  for (const path of ["/doctor", "/doctor/schedule", "/doctor/patients", "/doctor/billing"]) {
    await expectDarkAndAxeClean(page, path);
  }
});

test("the admin's pages in the dark theme", async ({ page }) => {
  await signIn(page, "admin@resq.test", DEMO_PASSWORD, "/admin");
  await expect(page).toHaveURL(/\/admin$/);
  for (const path of [
    "/admin",
    "/admin/verification",
    "/admin/users",
    "/admin/audit",
    "/admin/settings",
    "/admin/support",
  ]) {
    await expectDarkAndAxeClean(page, path);
  }
});
