import { expect, test, type Page } from "@playwright/test";

import { expectNoAxeViolations } from "./axe";
import { headerSignOut, projectDevice, signIn, signUpAndVerify, uniqueEmail } from "./helpers";

/**
 * RESQ in Spanish: the page says so (<html lang="es">), no message is missing (a missing key is
 * rendered as ⟦area.key⟧, see src/i18n/fallback.ts), and the page stays axe-clean.
 */
async function expectSpanishPage(page: Page, path: string) {
  await page.goto(path);
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.locator("body")).not.toContainText("⟦");
  expect(await page.title(), `the title of ${path}`).not.toContain("⟦");
  await expectNoAxeViolations(page);
}

/** Chooses a language with the footer's picker (labelled in the page's current language). */
async function chooseLanguage(page: Page, label: "Language" | "Idioma", language: string) {
  const lang = language === "Español" ? "es" : "en";
  await page.getByRole("contentinfo").getByLabel(label).selectOption({ label: language });
  await expect(page.locator("html")).toHaveAttribute("lang", lang);
}

test.describe.configure({ timeout: 480_000 });

test("a visitor whose browser prefers Spanish reads the public pages in Spanish", async ({
  browser,
  baseURL,
}, testInfo) => {
  const context = await browser.newContext({
    ...projectDevice(testInfo, baseURL),
    locale: "es-ES",
  });
  const page = await context.newPage();
  try {
    await expectSpanishPage(page, "/");
    await expect(page.getByRole("contentinfo").getByLabel("Idioma")).toHaveValue("es");
    await expect(page.getByRole("link", { name: "Saltar al contenido principal" })).toBeAttached();
    await expectSpanishPage(page, "/doctors");
    const directory = await page.request.get("/api/appointments/doctors/?pageSize=1");
    const { items } = (await directory.json()) as { items: { id: string }[] };
    await expectSpanishPage(page, `/doctors/${items[0]!.id}`);
    await expectSpanishPage(page, "/sign-in");
    await expectSpanishPage(page, "/sign-up");
    await expectSpanishPage(page, "/forgot-password");
    await expectSpanishPage(page, "/no-such-page");

    // The picker's choice beats the browser's language, and is kept in a cookie.
    await chooseLanguage(page, "Idioma", "English");
    await page.goto("/doctors");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
  } finally {
    await context.close();
  }
});

test("a patient reads RESQ in Spanish, and the choice is saved in their profile", async ({
  page,
  browser,
  baseURL,
}, testInfo) => {
  const account = {
    name: "Lucía Fernández",
    email: uniqueEmail(testInfo, "es-patient", "example.org"),
    password: "Naranja tranvía 4582",
  };
  await page.goto("/sign-up");
  await signUpAndVerify(page, browser, baseURL!, account);
  await expect(page).toHaveURL(/\/patient$/);
  await chooseLanguage(page, "Language", "Español");

  for (const path of [
    "/patient",
    "/patient/appointments",
    "/patient/records",
    "/patient/records/access-log",
    "/patient/billing",
    "/patient/waitlist",
    "/patient/support",
    "/patient/support/new",
    "/messages",
    "/messages/new",
    "/account/security",
    "/account/notifications",
    "/account/notifications/preferences",
    "/account/calendar",
  ]) {
    await expectSpanishPage(page, path);
  }

  // Another browser, whose own language is English: once signed in, the profile's choice wins.
  const other = await browser.newContext({ ...projectDevice(testInfo, baseURL), locale: "en-US" });
  const elsewhere = await other.newPage();
  try {
    await signIn(elsewhere, account.email, account.password, "/patient");
    await expect(elsewhere).toHaveURL(/\/patient$/);
    await expect(elsewhere.locator("html")).toHaveAttribute("lang", "es");

    // Back to English from there; the first browser follows on its next page.
    await chooseLanguage(elsewhere, "Idioma", "English");
    await page.goto("/patient");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(headerSignOut(page)).toBeVisible();
  } finally {
    await other.close();
  }
});

test("a doctor sets up their practice in Spanish", async ({ page, browser, baseURL }, testInfo) => {
  await page.goto("/sign-up?role=doctor");
  await signUpAndVerify(page, browser, baseURL!, {
    name: "Dra. Carmen Ruiz",
    email: uniqueEmail(testInfo, "es-doctor", "example.org"),
    password: "Consulta girasol 7741",
  });
  await page.waitForURL((url) => url.pathname.startsWith("/doctor"));
  await chooseLanguage(page, "Language", "Español");
  for (const path of ["/doctor", "/doctor/onboarding", "/doctor/support", "/messages"]) {
    await expectSpanishPage(page, path);
  }
});
