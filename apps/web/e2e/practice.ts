import { randomBytes } from "node:crypto";

import { expect, type Browser, type Page } from "@playwright/test";

import { expectNoAxeViolations } from "./axe";
import { adminPage } from "./helpers";

/**
 * A surname no other doctor (in this run or the other project's) has, nor resembles: random
 * letters only, so the typo-tolerant search sees one word that matches nothing else.
 */
export function uniqueSurname(): string {
  const letters = [...randomBytes(10)].map((byte) => String.fromCharCode(97 + (byte % 26)));
  return `Z${letters.join("")}`;
}

/**
 * From the doctor dashboard's "Start practice setup": the whole wizard, as a rheumatologist in
 * Chicago with one 30-minute $150 service and weekday hours 09:00–17:00, submitted for
 * verification.
 */
export async function completePracticeSetup(
  page: Page,
  { name, surname }: { name: string; surname: string },
) {
  // Wizard: profile.
  await expect(page).toHaveURL(/\/doctor\/onboarding$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Set up your practice");
  await expect(page.locator("#step-title")).toHaveText("Profile");
  await expectNoAxeViolations(page);
  await page.getByLabel("Name patients will see").fill(name);
  await page.getByLabel("Specialty").selectOption("rheumatology");
  await page.getByLabel("Years in practice").fill("12");
  await page.getByLabel("Sub-specialties").fill("lupus, gout");
  await expect(page.getByRole("checkbox", { name: "English" })).toBeChecked();
  await page.getByRole("checkbox", { name: "Spanish" }).check();
  await page
    .getByLabel("About you")
    .fill("I help people with joint pain and autoimmune disease stay active.");
  // Inline validation from the shared schema.
  await page.getByLabel("Name patients will see").fill("");
  await page.getByRole("button", { name: "Save and continue" }).click();
  await expect(page.getByText("Enter the name patients will see.")).toBeVisible();
  await page.getByLabel("Name patients will see").fill(name);
  await page.getByRole("button", { name: "Save and continue" }).click();

  // Licence.
  await expect(page.locator("#step-title")).toHaveText("Licence");
  await page.getByLabel("Licence number").fill(`IL-036-${randomBytes(3).toString("hex")}`);
  await page
    .getByLabel("Issuing authority")
    .fill("Illinois Department of Financial and Professional Regulation");
  await page.getByLabel("Expiry date").fill("2030-12-31");
  await page.getByRole("button", { name: "Save and continue" }).click();

  // Practice, in Chicago time.
  await expect(page.locator("#step-title")).toHaveText("Practice");
  await page.getByLabel("Practice name").fill(`${surname} Joint Clinic`);
  await page.getByLabel("Street address").fill("1 North State Street");
  await page.getByLabel("City").fill("Chicago");
  await page.getByLabel("Postal code").fill("60602");
  await page.getByLabel("Country code").fill("US");
  await page.getByLabel("Phone").fill("+1 312 555 0142");
  await page.getByLabel("Time zone").selectOption("America/Chicago");
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Save and continue" }).click();

  // One 30-minute service.
  await expect(page.locator("#step-title")).toHaveText("Services");
  await page.getByLabel("Service name").fill("Rheumatology consultation");
  await page.getByLabel("Length in minutes").fill("30");
  await page.getByLabel(/^Price/).fill("150");
  await page.getByRole("button", { name: "Add service" }).click();
  await expect(
    page.getByRole("list", { name: "Your services" }).getByText("30 minutes · $150.00"),
  ).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Continue to hours" }).click();

  // Weekly hours: Monday 09:00–17:00, copied to the other weekdays.
  await expect(page.locator("#step-title")).toHaveText("Hours");
  await page.getByRole("button", { name: "Add hours on Monday" }).click();
  await expect(page.getByLabel("From (Monday)")).toHaveValue("09:00");
  await expect(page.getByLabel("To (Monday)")).toHaveValue("17:00");
  await page.getByRole("button", { name: "Apply Monday's hours to Tuesday–Friday" }).click();
  await expect(page.getByLabel("To (Friday)")).toHaveValue("17:00");
  await expect(page.getByTestId("hours-Saturday").getByText("Off")).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Save weekly hours and continue" }).click();

  // Booking rules.
  await expect(page.locator("#step-title")).toHaveText("Booking rules");
  await page.getByLabel("Minimum notice (hours)").fill("2");
  await page.getByLabel("Booking horizon (days)").fill("60");
  await page.getByLabel("Free cancellation until (hours before)").fill("24");
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Save and continue" }).click();

  // Submit.
  await expect(page.locator("#step-title")).toHaveText("Submit");
  await expect(page.getByText("6 of 6 steps done")).toBeVisible();
  await page.getByRole("button", { name: "Submit for verification" }).click();
  await expect(page.getByTestId("submit-status")).toContainText("Waiting for verification");
  await expectNoAxeViolations(page);
}

/** On the doctor verification page: approves the doctor set up by completePracticeSetup. */
export async function approveOn(admin: Page, { name, surname }: { name: string; surname: string }) {
  await expect(admin.getByRole("heading", { level: 1 })).toHaveText("Doctor verification");
  const card = admin.getByTestId("verification-doctor").filter({ hasText: surname });
  await expect(card).toContainText("Rheumatology");
  await expect(card).toContainText("Illinois Department");
  await expectNoAxeViolations(admin);
  await card.getByRole("button", { name: `Approve ${name}` }).click();
  await expect(admin.getByText(`${name} is verified`)).toBeVisible();
  await expect(card).toHaveCount(0);
}

/** The demo admin, in a separate browser, approves the doctor set up by completePracticeSetup. */
export async function approveDoctor(
  browser: Browser,
  baseURL: string,
  doctor: { name: string; surname: string },
) {
  const { context, admin } = await adminPage(browser, baseURL, "/admin/verification");
  try {
    await approveOn(admin, doctor);
  } finally {
    await context.close();
  }
}
