import { randomBytes } from "node:crypto";

import { expect, test, type Page } from "@playwright/test";

import { expectNoAxeViolations } from "./axe";
import { DEMO_PASSWORD, signIn, signUpAndVerify } from "./helpers";
import { approveDoctor, completePracticeSetup, uniqueSurname } from "./practice";

const PASSWORD = "Lantern meadow copper 2031!";

/** On phones the filters sit behind a disclosure; open it if it is closed. */
async function openFilters(page: Page) {
  const details = page.locator("details").filter({ hasText: "Filters and sorting" });
  if (!(await details.evaluate((element) => (element as HTMLDetailsElement).open)))
    await details.locator("summary").click();
}

test.describe("providers and the directory", () => {
  test("a new doctor sets up their practice, an admin approves them, and a visitor finds them with a misspelled search and sees free times", async ({
    page,
    browser,
    baseURL,
  }, testInfo) => {
    test.setTimeout(180_000);
    const surname = uniqueSurname();
    const name = `Dr. Ada ${surname}`;
    const email = `e2e-${testInfo.project.name}-${randomBytes(4).toString("hex")}@doctors.resq.test`;

    // Sign up as a doctor and verify the email.
    await page.goto("/sign-up?role=doctor");
    await expect(page.getByRole("radio", { name: /Doctor/ })).toBeChecked();
    await signUpAndVerify(page, browser, baseURL!, { name, email, password: PASSWORD });

    // The dashboard says what is next.
    await expect(page).toHaveURL(/\/doctor$/);
    await expect(
      page.getByRole("heading", { level: 2, name: "Finish setting up your practice" }),
    ).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole("link", { name: "Start practice setup" }).click();

    await completePracticeSetup(page, { name, surname });

    await approveDoctor(browser, baseURL!, { name, surname });

    // A visitor finds the doctor with a misspelled specialty and the surname.
    const visitorContext = await browser.newContext({ baseURL: baseURL! });
    try {
      const visitor = await visitorContext.newPage();
      await visitor.goto("/doctors");
      await expect(visitor.getByRole("heading", { level: 1 })).toHaveText("Find a doctor");
      await visitor
        .getByRole("searchbox", { name: "Search doctors" })
        .fill(`rheumatolgy ${surname}`);
      await visitor.getByRole("button", { name: "Search", exact: true }).click();
      await expect(visitor).toHaveURL(/[?&]q=rheumatolgy/);
      await expect(visitor.getByRole("status").filter({ hasText: "found" })).toHaveText(
        "1 doctor found.",
      );
      const result = visitor.getByTestId("doctor-card");
      await expect(result).toHaveCount(1);
      await expect(result).toContainText("Rheumatology");
      await expect(result).toContainText("Chicago");
      await expect(result).toContainText("Speaks English and Spanish");
      await expect(result).toContainText("Next available:");
      await expectNoAxeViolations(visitor);

      await result.getByRole("link", { name }).click();
      await expect(visitor.getByRole("heading", { level: 1 })).toHaveText(name);
      await expect(visitor.getByText("1 North State Street")).toBeVisible();
      await expect(visitor.getByText("$150.00").first()).toBeVisible();
      const times = visitor.getByTestId("free-times");
      await expect(times.getByRole("link").first()).toBeVisible();
      // Visitors are sent to sign in first, and then to this booking.
      await expect(times.getByRole("link").first()).toHaveAttribute(
        "href",
        /^\/sign-in\?next=%2Fpatient%2Fbook%3FdoctorId%3D/,
      );
      await expectNoAxeViolations(visitor);
    } finally {
      await visitorContext.close();
    }
  });

  test("the directory filters by city and pages through the results", async ({ page }) => {
    await page.goto("/doctors");
    await expect(page.getByRole("status").filter({ hasText: "found" })).toContainText(
      /\d+ doctors found, showing 1–10\./,
    );
    await expect(page.getByTestId("doctor-card")).toHaveCount(10);
    await expect(page.getByText(/^Page 1 of \d+$/)).toBeVisible();
    await expectNoAxeViolations(page);

    await page.getByRole("link", { name: "Next page" }).click();
    await expect(page).toHaveURL(/[?&]page=2/);
    await expect(page.getByText(/^Page 2 of \d+$/)).toBeVisible();
    await expect(page.getByRole("status").filter({ hasText: "found" })).toContainText(
      "showing 11–20",
    );
    await page.getByRole("link", { name: "Previous page" }).click();
    await expect(page.getByText(/^Page 1 of \d+$/)).toBeVisible();

    await openFilters(page);
    await page.getByLabel("City").selectOption("Boston");
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/[?&]city=Boston/);
    const cards = page.getByTestId("doctor-card");
    await expect(cards.first()).toBeVisible();
    for (const card of await cards.all()) await expect(card).toContainText("Boston");
    await expectNoAxeViolations(page);
  });

  test("a patient books a free time; a taken time offers the nearest free ones instead", async ({
    page,
  }, testInfo) => {
    test.setTimeout(90_000);
    await signIn(page, "patient2@resq.test", DEMO_PASSWORD, "/doctors?q=Maya+Chen");
    await expect(page).toHaveURL(/\/doctors\?q=Maya/);
    await page.getByTestId("doctor-card").first().getByRole("link").click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Dr. Maya Chen");
    // Each project books its own time, so the two can run side by side.
    const slot = page
      .getByTestId("free-times")
      .getByRole("link")
      .nth(testInfo.project.name === "phone" ? 7 : 2);
    await slot.click();

    await expect(page).toHaveURL(/\/patient\/book\?doctorId=/);
    const bookingUrl = page.url();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Review your booking");
    await expect(page.getByTestId("booking-when")).toContainText(/\(\d+ minutes\)/);
    await expectNoAxeViolations(page);
    await page.getByLabel("Reason for visit (optional)").fill("Follow-up on blood pressure.");
    await page.getByRole("button", { name: "Confirm booking" }).click();
    await expect(page).toHaveURL(/\/patient\/book\/confirmed\?id=/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your appointment is booked");
    await expect(page.getByText("Follow-up on blood pressure.")).toBeVisible();
    await expectNoAxeViolations(page);

    // The same time again is no longer free: say so, and offer others.
    await page.goto(bookingUrl);
    await page.getByRole("button", { name: "Confirm booking" }).click();
    await expect(page.getByRole("heading", { name: "That time was just taken" })).toBeVisible();
    const alternatives = page.getByRole("list", { name: "Nearest free times" });
    await expect(alternatives.getByRole("button").first()).toBeVisible();
    await expectNoAxeViolations(page);
    await alternatives.getByRole("button").first().click();
    await expect(page.getByRole("button", { name: "Confirm booking" })).toBeVisible();
  });
});
