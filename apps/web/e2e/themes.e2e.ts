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

// Each role's tour: signed in as the demo account, every listed page in turn.
const tours = [
  {
    role: "patient",
    email: "patient@resq.test",
    paths: [
      "/patient",
      "/patient/appointments",
      "/patient/records",
      "/patient/billing",
      "/patient/profile",
      "/messages",
      "/account/notifications",
      "/account/security",
    ],
  },
  {
    role: "doctor",
    email: "doctor@resq.test",
    paths: ["/doctor", "/doctor/schedule", "/doctor/patients", "/doctor/billing"],
  },
  {
    role: "admin",
    email: "admin@resq.test",
    paths: [
      "/admin",
      "/admin/verification",
      "/admin/users",
      "/admin/audit",
      "/admin/settings",
      "/admin/support",
    ],
  },
] as const;

for (const { role, email, paths } of tours) {
  test(`the ${role}'s pages in the dark theme`, async ({ page }) => {
    await signIn(page, email, DEMO_PASSWORD, paths[0]);
    await expect(page).toHaveURL(new RegExp(`${paths[0]}$`));
    for (const path of paths) await expectDarkAndAxeClean(page, path);
  });
}
