import { expect, test, type Page } from "@playwright/test";

import { expectNoAxeViolations } from "./axe";
import {
  expectAxeCleanPage,
  projectDevice,
  signedInContext,
  signUpAndVerify,
  uniqueEmail,
} from "./helpers";

/**
 * The core journeys of the product, end to end, at desktop and phone size. Both projects run at
 * once against one server: every journey makes its own accounts, and works with a demo doctor no
 * other spec (nor the other project) books with.
 */

const PASSWORD = "Harbour violet lantern 2032!";

/** A demo directory doctor for this project alone (seeded: Mon–Fri 09:00–17:00, three services). */
function journeyDoctor(project: string) {
  return project === "phone"
    ? { name: "Dr. Mateo Silva", email: "mateo.13@doctors.resq.test" }
    : { name: "Dr. Kofi Mensah", email: "kofi.11@doctors.resq.test" };
}

/** On the doctor's public page: picks the nth free time, reviews and confirms the booking. */
async function bookFreeTime(page: Page, nth: number): Promise<string> {
  const time = page.getByTestId("free-times").getByRole("link").nth(nth);
  await time.click();
  await expect(page).toHaveURL(/\/patient\/book\?doctorId=/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Review your booking");
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Confirm booking" }).click();
  await expect(page).toHaveURL(/\/patient\/book\/confirmed\?id=/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your appointment is booked");
  await expectNoAxeViolations(page);
  return new URL(page.url()).searchParams.get("id")!;
}

test.describe("journeys", () => {
  test("patient: signs up, verifies, finds a doctor, books, moves, cancels, books again, writes, reads a note and pays", async ({
    page,
    browser,
    baseURL,
  }, testInfo) => {
    // About 2.3 minutes on a busy two-core machine, most of it axe runs and two second browsers.
    test.setTimeout(180_000);
    const project = testInfo.project.name;
    const doctor = journeyDoctor(project);
    const name = `Jordan ${project === "phone" ? "Phone" : "Desktop"} ${Date.now().toString(36)}`;
    const email = uniqueEmail(testInfo, "journey", "patients.resq.test");

    // Landing → sign up → verify.
    await page.goto("/");
    await expectAxeCleanPage(page);
    await page.getByRole("link", { name: "Create a patient account" }).click();
    await expect(page).toHaveURL(/\/sign-up$/);
    await expect(page.getByRole("radio", { name: /Patient/ })).toBeChecked();
    await signUpAndVerify(page, browser, baseURL!, { name, email, password: PASSWORD });
    await expect(page).toHaveURL(/\/patient$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Welcome, ${name}`);
    await expectNoAxeViolations(page);

    // The account page (there is no separate profile step for patients).
    await page.getByRole("banner").getByRole("link", { name: "Security" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Security");
    await expectNoAxeViolations(page);

    // Search the directory and open the doctor.
    await page.goto("/doctors");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Find a doctor");
    await page.getByRole("searchbox", { name: "Search doctors" }).fill(doctor.name.slice(4));
    await page.getByRole("button", { name: "Search", exact: true }).click();
    const card = page.getByTestId("doctor-card").filter({ hasText: doctor.name });
    await expect(card).toBeVisible();
    await expectNoAxeViolations(page);
    await card.getByRole("link", { name: doctor.name }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(doctor.name);
    const doctorPage = page.url();
    await expectNoAxeViolations(page);

    // Book.
    const first = await bookFreeTime(page, 0);

    // Reschedule to another free time.
    await page.goto(`/patient/appointments/${first}/reschedule`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Choose a new time");
    await expectNoAxeViolations(page);
    await page.locator("label:has(input[type=radio])").nth(3).click();
    await page.getByRole("button", { name: "Confirm new time" }).click();
    await expect(page).toHaveURL(/\/patient\/appointments\/[0-9a-f-]{36}\?moved=1$/);
    await expect(page.getByText("Your appointment was moved to this time.")).toBeVisible();
    await expectAxeCleanPage(page);

    // Cancel, after the dialog states the terms.
    await page.getByRole("button", { name: /^Cancel appointment/ }).click();
    const dialog = page.getByRole("alertdialog");
    await expect(dialog.getByTestId("cancellation-terms")).toBeVisible();
    await expectNoAxeViolations(page);
    await dialog.getByRole("button", { name: /^Cancel/ }).click();
    await expect(page).toHaveURL(/\?cancelled=1$/);
    await expect(
      page.getByRole("heading", { name: "Your appointment is cancelled" }),
    ).toBeVisible();
    await expectAxeCleanPage(page);

    // Book again, from the cancelled appointment.
    await page.getByRole("link", { name: "Book another time" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(doctor.name);
    expect(page.url().split("#")[0]).toBe(doctorPage);
    const booked = await bookFreeTime(page, 1);
    await page.goto("/patient/appointments");
    await expectAxeCleanPage(page);
    await expect(
      page
        .getByTestId("appointment-card")
        .filter({ has: page.locator(`a[href="/patient/appointments/${booked}"]`) })
        .getByText("Booked", { exact: true }),
    ).toBeVisible();

    // Message the doctor (the booking is the care relationship).
    const subject = `Before my visit (${project} ${Date.now()})`;
    await page.goto("/messages/new");
    await expect(page.getByRole("heading", { level: 1, name: "New message" })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByLabel("Doctor").selectOption({ label: doctor.name });
    await page.getByLabel("Subject").fill(subject);
    await page.getByLabel(/^Message/).fill("Should I bring my blood pressure diary?");
    await page.getByRole("button", { name: "Send message" }).click();
    await expect(page.getByRole("heading", { level: 1, name: subject })).toBeVisible();
    await expect(page.getByTestId("message").getByTestId("receipt")).toHaveText("Sent");
    await expectAxeCleanPage(page);

    // The doctor, in their own browser, writes and signs a note in the new patient's chart, and
    // bills them.
    const sentence = `Bring the blood pressure diary to the visit (${project} ${Date.now()}).`;
    const item = `Pre-visit review (${project} ${Date.now()})`;
    const d = await signedInContext(
      browser,
      projectDevice(testInfo, baseURL),
      doctor.email,
      "/doctor/patients",
    );
    await expect(d.page).toHaveURL(/\/doctor\/patients$/);
    await expectAxeCleanPage(d.page);
    await d.page
      .getByRole("main")
      .getByRole("link", { name: new RegExp(name) })
      .click();
    await expect(d.page.getByRole("heading", { level: 1, name })).toBeVisible();
    await expectNoAxeViolations(d.page);
    await d.page.getByLabel(/Treatment note/).fill(sentence);
    await d.page.getByRole("button", { name: "Sign note" }).click();
    await d.page.getByRole("alertdialog").getByRole("button", { name: "Sign note" }).click();
    await d.page.waitForURL(/\/records\/[0-9a-f-]{36}$/);
    const noteId = /records\/([0-9a-f-]{36})$/.exec(d.page.url())![1]!;
    await expect(d.page.getByTestId("note-body")).toHaveText(sentence);
    await expectAxeCleanPage(d.page);
    await d.page.goto("/doctor/billing");
    await expectAxeCleanPage(d.page);
    const form = d.page.getByRole("region", { name: "New invoice" });
    await form.getByLabel("Patient").selectOption({ label: name });
    await form.getByLabel("Item 1").fill(item);
    await form.getByLabel("Quantity").fill("1");
    await form.getByLabel("Price (USD)").fill("35.00");
    await form.getByRole("button", { name: "Create invoice" }).click();
    const toast = d.page.getByText(/Invoice INV-\d{4}-\d{5} issued\./);
    await expect(toast).toBeVisible();
    const number = /INV-\d{4}-\d{5}/.exec((await toast.textContent()) ?? "")![0];
    await d.context.close();

    // Read the record.
    await page.goto("/patient/records");
    await expect(page.getByRole("heading", { level: 1, name: "Your health record" })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.locator(`a[href="/patient/records/${noteId}"]`).click();
    await expect(page.getByTestId("note-body")).toHaveText(sentence);
    await expect(page.getByText(doctor.name).first()).toBeVisible();
    await expectAxeCleanPage(page);

    // Pay the invoice with the demo card.
    await page.goto("/patient/billing");
    await expect(page.getByRole("heading", { level: 1, name: "Billing" })).toBeVisible();
    await expectNoAxeViolations(page);
    const due = page
      .getByRole("region", { name: "To pay" })
      .getByRole("listitem")
      .filter({ hasText: number });
    await due
      .getByRole("button", { name: new RegExp(`Pay \\$35\\.00 of invoice ${number}`) })
      .click();
    const pay = page.getByRole("dialog", { name: `Pay invoice ${number}` });
    await pay.getByLabel("Card number").fill("4242 4242 4242 4242");
    await pay.getByLabel("Expiry (MM/YY)").fill("12/39");
    await pay.getByLabel("Security code").fill("123");
    await expectNoAxeViolations(page);
    await pay.getByRole("button", { name: "Pay $35.00" }).click();
    await expect(page.getByText("Paid $35.00. Thank you!")).toBeVisible();
    await expect(due).toHaveCount(0);
    await expect(
      page
        .getByRole("region", { name: "Payment history" })
        .getByRole("listitem")
        .filter({ hasText: number }),
    ).toContainText("$35.00");
    await expectNoAxeViolations(page);
  });
});
