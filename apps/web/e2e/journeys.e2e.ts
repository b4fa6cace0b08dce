import { expect, test, type Page } from "@playwright/test";

import { expectNoAxeViolations } from "./axe";
import {
  adminPage,
  dateIn,
  expectAxeCleanPage,
  headerSignOut,
  invitationLink,
  payWithDemoCard,
  projectDevice,
  signedInContext,
  signIn,
  signUpAndVerify,
  uniqueEmail,
} from "./helpers";
import { approveDoctor, approveOn, completePracticeSetup, uniqueSurname } from "./practice";
import { signInWithCode, turnOnTwoFactor } from "./totp";

/**
 * The core journeys of the product, end to end, at desktop and phone size. Both projects run at
 * once against one server: every journey makes its own accounts, and works with a demo doctor no
 * other spec (nor the other project) books with.
 */

const PASSWORD = "Harbour violet lantern 2032!";

/**
 * Each journey takes 2–3 minutes with both projects running on a busy two-core machine (most of
 * it axe runs, mailbox reads and second browsers); the margin keeps that from failing them.
 */
const JOURNEY_TIMEOUT = 480_000;

/** A demo directory doctor for this project alone (seeded: Mon–Fri 09:00–17:00, three services). */
function journeyDoctor(project: string) {
  return project === "phone"
    ? { name: "Dr. Mateo Silva", email: "mateo.13@doctors.resq.test" }
    : { name: "Dr. Kofi Mensah", email: "kofi.11@doctors.resq.test" };
}

/**
 * On the doctor's public page: picks the nth free time, reviews and confirms the booking; answers
 * the appointment's id and start.
 */
async function bookFreeTime(page: Page, nth: number): Promise<{ id: string; startsAt: string }> {
  const time = page.getByTestId("free-times").getByRole("link").nth(nth);
  await time.click();
  await expect(page).toHaveURL(/\/patient\/book\?doctorId=/);
  const startsAt = new URL(page.url()).searchParams.get("startsAt")!;
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Review your booking");
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Confirm booking" }).click();
  await expect(page).toHaveURL(/\/patient\/book\/confirmed\?id=/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your appointment is booked");
  await expectNoAxeViolations(page);
  return { id: new URL(page.url()).searchParams.get("id")!, startsAt };
}

/** The patient starts a conversation with a doctor they are in the care of. */
async function messageDoctor(page: Page, doctorName: string, subject: string, text: string) {
  await page.goto("/messages/new");
  await expect(page.getByRole("heading", { level: 1, name: "New message" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel("Doctor").selectOption({ label: doctorName });
  await page.getByLabel("Subject").fill(subject);
  await page.getByLabel(/^Message/).fill(text);
  await page.getByRole("button", { name: "Send message" }).click();
  await expect(page.getByRole("heading", { level: 1, name: subject })).toBeVisible();
  await expect(page.getByTestId("message").getByTestId("receipt")).toHaveText("Sent");
  await expectAxeCleanPage(page);
}

/** On a patient's chart: writes a treatment note and signs it; answers the note's id. */
async function signTreatmentNote(page: Page, sentence: string): Promise<string> {
  await page.getByLabel(/Treatment note/).fill(sentence);
  await page.getByRole("button", { name: "Sign note" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Sign note" }).click();
  await page.waitForURL(/\/records\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId("note-body")).toHaveText(sentence);
  await expectAxeCleanPage(page);
  return /records\/([0-9a-f-]{36})$/.exec(page.url())![1]!;
}

test.describe("journeys", () => {
  test("patient: signs up, verifies, completes the profile, finds a doctor, books, moves, cancels, books again, writes, reads a note and pays", async ({
    page,
    browser,
    baseURL,
  }, testInfo) => {
    test.setTimeout(JOURNEY_TIMEOUT);
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

    // Complete the profile, from the dashboard's prompt.
    await page.getByRole("link", { name: "Complete your profile" }).click();
    await expect(page).toHaveURL(/\/patient\/profile$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your profile");
    await expectNoAxeViolations(page);
    const field = (label: string) => page.getByLabel(label, { exact: true });
    await field("Date of birth").fill("1990-03-21");
    await field("Phone number").fill("+1 617 555 0134");
    await field("Street address").fill("12 Harbor Street");
    await field("City").fill("Boston");
    await field("Postal code").fill("02110");
    await field("Country").fill("United States");
    await field("Contact name").fill("Sam Rivera");
    await field("Contact phone number").fill("+1 617 555 0177");
    await page.getByRole("button", { name: /^Use this device's time zone/ }).click();
    await page.getByRole("button", { name: "Save profile" }).click();
    await expect(page.getByText("Your profile was saved.")).toBeVisible();
    await expect(page.getByTestId("profile-completeness")).toContainText("100% complete");
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
    const { id: first } = await bookFreeTime(page, 0);

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
    const { id: booked } = await bookFreeTime(page, 1);
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
    await messageDoctor(page, doctor.name, subject, "Should I bring my blood pressure diary?");

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
    const noteId = await signTreatmentNote(d.page, sentence);
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
    await payWithDemoCard(page, number, "$35.00");
    await expect(due).toHaveCount(0);
    await expect(
      page
        .getByRole("region", { name: "Payment history" })
        .getByRole("listitem")
        .filter({ hasText: number }),
    ).toContainText("$35.00");
    await expectNoAxeViolations(page);
  });

  test("provider: signs up, sets up the practice, is verified, sees a booking, writes a note, answers a message and updates a service", async ({
    page,
    browser,
    baseURL,
  }, testInfo) => {
    test.setTimeout(JOURNEY_TIMEOUT);
    const project = testInfo.project.name;
    const surname = uniqueSurname();
    const name = `Dr. Noor ${surname}`;
    const email = uniqueEmail(testInfo, "journey", "doctors.resq.test");

    // Landing → sign up as a doctor → verify → the practice setup wizard (services and hours
    // included) → submitted.
    await page.goto("/");
    await expectAxeCleanPage(page);
    await page.getByRole("link", { name: "Join as a provider" }).click();
    await expect(page).toHaveURL(/\/sign-up\?role=doctor$/);
    await expect(page.getByRole("radio", { name: /Doctor/ })).toBeChecked();
    await signUpAndVerify(page, browser, baseURL!, { name, email, password: PASSWORD });
    await expect(page).toHaveURL(/\/doctor$/);
    await expectAxeCleanPage(page);
    await page.getByRole("link", { name: "Start practice setup" }).click();
    await completePracticeSetup(page, { name, surname });

    // An admin verifies the doctor; the dashboard says so.
    await approveDoctor(browser, baseURL!, { name, surname });
    await page.goto("/doctor");
    await expect(page.getByRole("heading", { level: 2, name: "You are verified" })).toBeVisible();
    await expectNoAxeViolations(page);

    // A new patient, in their own browser, finds the doctor and books.
    const patientName = `Casey ${project === "phone" ? "Phone" : "Desktop"} ${Date.now().toString(36)}`;
    const patientContext = await browser.newContext(projectDevice(testInfo, baseURL));
    const p = await patientContext.newPage();
    await p.goto("/sign-up");
    await signUpAndVerify(p, browser, baseURL!, {
      name: patientName,
      email: uniqueEmail(testInfo, "journey", "patients.resq.test"),
      password: PASSWORD,
    });
    await expect(p).toHaveURL(/\/patient$/);
    await p.goto(`/doctors?q=${surname}`);
    const card = p.getByTestId("doctor-card").filter({ hasText: surname });
    await expectAxeCleanPage(p);
    await card.getByRole("link", { name }).click();
    await expect(p.getByRole("heading", { level: 1 })).toHaveText(name);
    await expect(p.getByText("$150.00").first()).toBeVisible();
    const doctorPage = p.url();
    const booking = await bookFreeTime(p, 0);
    const subject = `Question before my visit (${project} ${Date.now()})`;
    await messageDoctor(p, name, subject, "Can I take ibuprofen before the visit?");

    // The doctor sees the booking in that week's schedule, and opens it.
    await page.goto(
      `/doctor/schedule?view=week&date=${dateIn(booking.startsAt, "America/Chicago")}`,
    );
    await expectAxeCleanPage(page);
    await page.locator(`a[href="/doctor/appointments/${booking.id}"]`).click();
    await expect(page).toHaveURL(new RegExp(`/doctor/appointments/${booking.id}$`));
    await expect(page.getByText(patientName).first()).toBeVisible();
    await expectAxeCleanPage(page);

    // …writes a treatment note from it…
    await page.getByRole("link", { name: "Write note" }).click();
    await expect(page.getByRole("heading", { level: 1, name: patientName })).toBeVisible();
    await expectNoAxeViolations(page);
    await signTreatmentNote(page, `Joint pain reviewed before the first visit (${project}).`);

    // …answers the patient's message (it appears live for the patient)…
    await page.goto("/messages");
    const row = page.getByTestId("conversation").filter({ hasText: subject });
    await expect(row).toContainText("1 unread");
    await expectAxeCleanPage(page);
    await row.getByRole("link", { name: subject }).click();
    await expect(page.getByRole("heading", { level: 1, name: subject })).toBeVisible();
    const answer = `Yes, a normal dose is fine (${project}).`;
    await page.getByLabel("Your message").fill(answer);
    await page.getByRole("button", { name: "Send", exact: true }).click();
    await expect(p.getByTestId("message").filter({ hasText: answer })).toBeVisible();
    await expectAxeCleanPage(page);

    // …and changes a service's price, which the public page shows at once.
    await page.goto("/doctor/onboarding");
    await page.getByRole("button", { name: /^4\. Services/ }).click();
    await expect(page.locator("#step-title")).toHaveText("Services");
    await page.getByRole("button", { name: "Edit Rheumatology consultation" }).click();
    await page.getByLabel(/^Price/).fill("175");
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByText("Service updated.")).toBeVisible();
    await expect(
      page.getByRole("list", { name: "Your services" }).getByText("30 minutes · $175.00"),
    ).toBeVisible();
    await expectNoAxeViolations(page);
    await p.goto(doctorPage);
    await expect(p.getByText("$175.00").first()).toBeVisible();
    await expectAxeCleanPage(p);
    await patientContext.close();
  });

  test("admin: a new admin accepts the invitation, turns on two-factor, signs in with a code, verifies a doctor, suspends and reactivates them, and reads the audit log and analytics", async ({
    page,
    browser,
    baseURL,
  }, testInfo) => {
    test.setTimeout(JOURNEY_TIMEOUT);
    const project = testInfo.project.name;
    // Not the demo admin: other specs sign in as it at the same time, without a second factor.
    const email = uniqueEmail(testInfo, "journey-admin", "resq.test");
    const name = `Riley ${project === "phone" ? "Phone" : "Desktop"} ${Date.now().toString(36)}`;

    // The demo admin invites the new admin.
    const { context: demoContext, admin: demo } = await adminPage(
      browser,
      baseURL!,
      "/admin/users",
    );
    await demo.getByRole("button", { name: "Invite user" }).click();
    const invite = demo.getByRole("dialog", { name: "Invite a user" });
    await invite.getByLabel("Full name").fill(name);
    await invite.getByLabel("Email").fill(email);
    await invite.getByLabel("Role").selectOption("admin");
    await invite.getByRole("button", { name: "Send invitation" }).click();
    await expect(demo.getByRole("heading", { level: 1, name })).toBeVisible();
    const link = await invitationLink(demo, email);
    await demoContext.close();

    // The new admin sets a password from the link, signs in and turns on two-factor sign-in.
    await page.goto(link);
    await expectAxeCleanPage(page);
    await page.getByLabel("New password").fill(PASSWORD);
    await page.getByRole("button", { name: "Set new password" }).click();
    await expect(page.getByText("Your password was changed.").first()).toBeVisible();
    await signIn(page, email, PASSWORD, "/admin");
    await expect(page).toHaveURL(/\/admin$/);
    await expectAxeCleanPage(page);
    await page.getByRole("banner").getByRole("link", { name: "Security" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Security");
    const { manualKey, enrolmentStep } = await turnOnTwoFactor(page, PASSWORD);
    await headerSignOut(page).click();
    await expect(page).toHaveURL(/\/$/);

    // Meanwhile a doctor signs up and submits their practice for verification.
    const surname = uniqueSurname();
    const doctor = { name: `Dr. Lee ${surname}`, surname };
    const doctorEmail = uniqueEmail(testInfo, "journey", "doctors.resq.test");
    const doctorContext = await browser.newContext(projectDevice(testInfo, baseURL));
    const d = await doctorContext.newPage();
    await d.goto("/sign-up?role=doctor");
    await signUpAndVerify(d, browser, baseURL!, {
      ...doctor,
      email: doctorEmail,
      password: PASSWORD,
    });
    await expect(d).toHaveURL(/\/doctor$/);
    await d.getByRole("link", { name: "Start practice setup" }).click();
    await completePracticeSetup(d, doctor);
    await doctorContext.close();

    // The admin signs in with the password and a code from the authenticator.
    await signInWithCode(page, email, PASSWORD, manualKey, enrolmentStep);
    await expect(page).toHaveURL(/\/admin$/);
    await expectAxeCleanPage(page);

    // Verifies the doctor.
    await page.goto("/admin/verification");
    await approveOn(page, doctor);

    // Manages a user: finds the doctor, suspends them, and reactivates them.
    await page.goto("/admin/users");
    await page.getByLabel("Name or email").fill(doctorEmail);
    await page.getByRole("button", { name: "Search" }).click();
    await expect(page.getByTestId("user-row")).toHaveCount(1);
    await expectAxeCleanPage(page);
    await page.getByRole("link", { name: doctor.name }).click();
    await expect(page.getByRole("heading", { level: 1, name: doctor.name })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "Suspend" }).click();
    const suspend = page.getByRole("alertdialog", { name: `Suspend ${doctor.name}?` });
    await suspend.getByLabel("Reason").fill("Licence under review by the state board");
    await suspend.getByRole("button", { name: "Suspend" }).click();
    await expect(page.getByText(`${doctor.name} is suspended and signed out.`)).toBeVisible();
    await expect(page.getByText("Suspended: this account cannot sign in.")).toBeVisible();
    await page.getByRole("button", { name: "Reactivate" }).click();
    const reactivate = page.getByRole("alertdialog", { name: `Reactivate ${doctor.name}?` });
    await reactivate.getByLabel("Reason").fill("The board cleared the licence");
    await expectNoAxeViolations(page);
    await reactivate.getByRole("button", { name: "Reactivate" }).click();
    await expect(page.getByText(`${doctor.name} can sign in again.`)).toBeVisible();
    await expect(page.getByText("Active: this account can sign in.")).toBeVisible();

    // The audit log shows what this admin did, and the chain is intact.
    await page.getByRole("banner").getByRole("link", { name: "Audit log" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Audit log" })).toBeVisible();
    await expect(page.getByTestId("chain-ok")).toBeVisible();
    await page.getByLabel("Actor (email or id)").fill(email);
    await page.getByRole("button", { name: "Filter" }).click();
    const rows = page.getByTestId("audit-row");
    for (const action of ["admin.doctor_verified", "admin.user_suspended"])
      await expect(rows.filter({ hasText: action }).first()).toBeVisible();
    await expectNoAxeViolations(page);

    // And the analytics.
    await page.goto("/admin/analytics");
    await expect(page.getByRole("heading", { level: 1, name: "Analytics" })).toBeVisible();
    await expect(
      page.getByTestId("chart-funnel").locator(".recharts-wrapper > svg.recharts-surface"),
    ).toBeVisible();
    await expectNoAxeViolations(page);
  });
});
