import { expect, test } from "@playwright/test";

import { expectNoAxeViolations } from "./axe";

test.describe("landing page", () => {
  test("explains RESQ to patients and providers, with one h1 and no axe violations", async ({
    page,
  }) => {
    await page.goto("/");
    await expect(page.locator("h1")).toHaveCount(1);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Find a doctor");
    await expect(page.getByRole("heading", { name: "For patients" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "For doctors and clinics" })).toBeVisible();
    // The specialties come from the database through the API, not from the page.
    await expect(
      page.getByRole("list", { name: "Specialties" }).getByText("Cardiology"),
    ).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test("is usable in the dark theme too", async ({ page }) => {
    await page.emulateMedia({ colorScheme: "dark" });
    await page.goto("/");
    await expect(page.locator("html")).toHaveClass(/dark/);
    await expectNoAxeViolations(page);
  });

  test("says when the connection is gone, when it is back, and when it is slow", async ({
    page,
    context,
    request,
  }) => {
    await page.goto("/");
    const status = page.getByRole("status", { name: "Connection" });
    await expect(status).toBeEmpty();
    await context.setOffline(true);
    await expect(status).toContainText("You are offline.");
    await expectNoAxeViolations(page);
    await context.setOffline(false);
    await expect(status).toBeEmpty();
    await expect(page.getByText("You are back online.")).toBeVisible();

    // The doctor's free times come from the API after the page has loaded: hold them back.
    const search = await request.get("/api/appointments/doctors/?q=Maya%20Chen");
    const { items } = (await search.json()) as { items: { id: string; name: string }[] };
    const doctor = items.find((item) => item.name === "Dr. Maya Chen");
    await page.route("**/api/trpc/**", async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 9_000));
      await route.continue().catch(() => undefined); // the page may have moved on meanwhile
    });
    await page.goto(`/doctors/${doctor!.id}`);
    await expect(status).toContainText("your connection seems slow", { timeout: 15_000 });
    await expect(status).toBeEmpty({ timeout: 20_000 });
  });

  test("offers a skip link as the first stop for keyboard users", async ({ page }) => {
    await page.goto("/");
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Skip to main content" });
    await expect(skip).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.locator("#main")).toBeFocused();
  });

  test("keeps private areas behind sign-in", async ({ page }) => {
    for (const area of ["/patient", "/doctor", "/admin"]) {
      await page.goto(area);
      await expect(page).toHaveURL(new RegExp(`/sign-in\\?next=${encodeURIComponent(area)}`));
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sign in to RESQ");
      await expect(page.getByLabel("Email")).toBeVisible();
    }
  });
});

test("health answers 200 with the database up", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: "ok" });
  expect(response.headers()["cache-control"]).toBe("no-store");
});
