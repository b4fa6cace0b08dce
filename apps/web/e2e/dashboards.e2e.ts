import { expect, test, type Locator, type Page } from "@playwright/test";

import { expectNoAxeViolations } from "./axe";
import { DEMO_PASSWORD, signIn } from "./helpers";

/** A dashboard section found by its accessible name (its heading labels it). */
const section = (page: Page, name: string) => page.getByRole("region", { name, exact: true });

/** The big number of a figure inside a section. */
async function figureIn(region: Locator): Promise<number> {
  const text = await region.locator("span.text-3xl").first().innerText();
  return Number(text.replace(/[^0-9.]/g, ""));
}

async function openDashboard(page: Page, email: string, path: string) {
  await signIn(page, email, DEMO_PASSWORD, path);
  await expect(page).toHaveURL(new RegExp(`${path}$`));
  await expect(page.getByRole("heading", { level: 1, name: /^Welcome, / })).toBeVisible();
}

/** The page fits the viewport: nothing forces a sideways scroll at 390 px. */
async function expectNoSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}

test("the patient's dashboard: appointments, messages, balance due, recent records, profile", async ({
  page,
}) => {
  await openDashboard(page, "patient@resq.test", "/patient");
  await expect(page.getByRole("heading", { level: 2, name: "Next appointments" })).toBeVisible();

  const messages = section(page, "Unread messages");
  await expect(messages).toBeVisible();
  await expect(messages.getByRole("link", { name: /messages/ })).toHaveAttribute(
    "href",
    "/messages",
  );

  // The seed bills Alex's completed visit: an open invoice, shown with its amount (other browser
  // tests running meanwhile may bill the demo patient a late-cancellation fee too).
  const balance = section(page, "Balance due");
  await expect(balance).toContainText(/\$[0-9,]+\.\d\d\s*on \d+ open invoices?/);
  await expect(balance.getByRole("link", { name: "Pay your invoices" })).toHaveAttribute(
    "href",
    "/patient/billing",
  );

  // The chart's latest entries link to themselves.
  const records = section(page, "Recent records");
  const entries = records
    .getByRole("list", { name: "Latest entries, newest first" })
    .getByRole("link");
  await expect(entries.first()).toBeVisible();
  expect(await entries.count()).toBeLessThanOrEqual(4);
  await expect(entries.first()).toHaveAttribute("href", /^\/patient\/records\/[0-9a-f-]{36}$/);

  // The demo profile has a birth date and a city but no phone or emergency contact.
  const profile = section(page, "Your profile");
  await expect(profile).toContainText(/\d+% complete/);
  await expect(profile).toContainText(/Missing: .*emergency contact/);
  expect(await figureIn(profile)).toBeLessThan(100);
  await expect(profile.getByRole("link", { name: "Complete your profile" })).toHaveAttribute(
    "href",
    "/patient/profile",
  );

  await expectNoSidewaysScroll(page);
  await expectNoAxeViolations(page);

  await entries.first().click();
  await expect(page).toHaveURL(/\/patient\/records\/[0-9a-f-]{36}$/);
});

test("the doctor's dashboard: today's schedule, notes to sign, messages waiting, verification", async ({
  page,
}) => {
  await openDashboard(page, "doctor@resq.test", "/doctor");

  const today = section(page, "Today's schedule");
  await expect(today).toContainText("in your practice's time zone (America/New_York)");
  await expect(today.getByRole("link", { name: /schedule|opening hours/ })).toHaveAttribute(
    "href",
    "/doctor/schedule",
  );

  const notes = section(page, "Notes to sign");
  await expect(notes).toContainText(/draft notes?/);
  const drafts = await figureIn(notes);
  if (drafts === 0) await expect(notes).toContainText("Nothing to sign.");
  else await expect(notes.getByRole("list", { name: "Draft notes, oldest first" })).toBeVisible();

  const waiting = section(page, "Messages waiting");
  await expect(waiting).toContainText(/conversations? waiting/);
  await expect(waiting.getByRole("link", { name: "All your messages" })).toBeVisible();

  await expect(page.getByRole("heading", { level: 2, name: "You are verified" })).toBeVisible();
  await expect(page.getByRole("link", { name: "See your public profile" })).toBeVisible();

  await expectNoSidewaysScroll(page);
  await expectNoAxeViolations(page);
});

test("the pending doctor is told what happens next", async ({ page }) => {
  await openDashboard(page, "pending@resq.test", "/doctor");
  await expect(
    page.getByRole("heading", { level: 2, name: "Waiting for verification" }),
  ).toBeVisible();
  await expect(page.getByText("An admin is checking your licence.")).toBeVisible();
  await expect(section(page, "Notes to sign")).toContainText("Nothing to sign.");
  await expectNoAxeViolations(page);
});

test("the admin's dashboard: queues and key figures, linking to the queues", async ({ page }) => {
  await openDashboard(page, "admin@resq.test", "/admin");

  const queues = section(page, "Queues");
  const verification = queues.getByRole("link", { name: /awaiting verification/ });
  await expect(verification).toHaveAttribute("href", "/admin/verification");
  // Dr. Priya Raman is pending in the demo data.
  expect(Number(await verification.locator("span").first().innerText())).toBeGreaterThanOrEqual(1);
  await expect(queues.getByRole("link", { name: /support requests?/ })).toHaveAttribute(
    "href",
    "/admin/support",
  );
  await expect(queues.getByRole("link", { name: /Failed emails?/ })).toHaveAttribute(
    "href",
    "/admin/mailbox",
  );

  const figures = section(page, "Key figures");
  for (const label of ["Patients", "Doctors", "Admins", "Bookings today (UTC)"])
    await expect(figures.getByRole("term").filter({ hasText: label })).toBeVisible();
  const doctors = figures.getByRole("definition").nth(1);
  // Three named doctors in the demo data (two verified, one pending), at least.
  expect(Number(await doctors.innerText())).toBeGreaterThanOrEqual(3);
  const admins = Number(await figures.getByRole("definition").nth(2).innerText());
  expect(admins).toBeGreaterThanOrEqual(1);

  await expectNoSidewaysScroll(page);
  await expectNoAxeViolations(page);

  await verification.click();
  await expect(page).toHaveURL(/\/admin\/verification$/);
});
