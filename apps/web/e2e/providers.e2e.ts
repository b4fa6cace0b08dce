import { randomBytes } from "node:crypto";

import { expect, test, type Page } from "@playwright/test";

import { expectNoAxeViolations } from "./axe";
import { adminPage, DEMO_PASSWORD, signIn, verificationCodeFor } from "./helpers";

const PASSWORD = "Lantern meadow copper 2031!";

/**
 * A surname no other doctor (in this run or the other project's) has, nor resembles: random
 * letters only, so the typo-tolerant search sees one word that matches nothing else.
 */
function uniqueSurname(): string {
  const letters = [...randomBytes(10)].map((byte) => String.fromCharCode(97 + (byte % 26)));
  return `Z${letters.join("")}`;
}

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
    await page.getByLabel("Full name").fill(name);
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page).toHaveURL(/\/verify-email\?email=/);
    const code = await verificationCodeFor(browser, baseURL!, email);
    await page.getByLabel("Verification code").fill(code);
    await page.getByRole("button", { name: "Verify and continue" }).click();

    // The dashboard says what is next.
    await expect(page).toHaveURL(/\/doctor$/);
    await expect(
      page.getByRole("heading", { level: 2, name: "Finish setting up your practice" }),
    ).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole("link", { name: "Start practice setup" }).click();

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

    // An admin approves the doctor.
    const { context: adminContext, admin } = await adminPage(
      browser,
      baseURL!,
      "/admin/verification",
    );
    try {
      await expect(admin.getByRole("heading", { level: 1 })).toHaveText("Doctor verification");
      const card = admin.getByTestId("verification-doctor").filter({ hasText: surname });
      await expect(card).toContainText("Rheumatology");
      await expect(card).toContainText("Illinois Department");
      await expectNoAxeViolations(admin);
      await card.getByRole("button", { name: `Approve ${name}` }).click();
      await expect(admin.getByText(`${name} is verified`)).toBeVisible();
      await expect(card).toHaveCount(0);
    } finally {
      await adminContext.close();
    }

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
