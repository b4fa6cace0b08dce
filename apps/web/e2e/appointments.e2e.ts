import {
  expect,
  test,
  type APIRequestContext,
  type Browser,
  type BrowserContextOptions,
  type Page,
} from "@playwright/test";

import { expectNoAxeViolations } from "./axe";
import { dateIn } from "./helpers";

const PASSWORD = "Demo-Passw0rd!";

interface Slot {
  startsAt: string;
  endsAt: string;
}

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Dr. Maya Chen's id, her default service and two days of free times, through the public REST API:
 * one to book, one to move to (another day, so the time the move frees is not the one the waiting
 * patient wants). Desktop and phone run in parallel against one database: desktop takes the first
 * two days with free times from three days ahead, phone the next two, so they never meet.
 */
async function freeDays(request: APIRequestContext, project: string) {
  const search = await request.get("/api/appointments/doctors/?q=Maya%20Chen");
  expect(search.status()).toBe(200);
  const { items } = (await search.json()) as { items: { id: string; name: string }[] };
  const doctor = items.find((item) => item.name === "Dr. Maya Chen");
  expect(doctor, "Dr. Maya Chen in the directory").toBeTruthy();

  const from = addDays(new Date().toISOString().slice(0, 10), 3);
  const response = await request.get(
    `/api/appointments/doctors/${doctor!.id}/slots/?from=${from}&to=${addDays(from, 20)}`,
  );
  expect(response.status()).toBe(200);
  const free = (await response.json()) as { timeZone: string; serviceId: string; slots: Slot[] };
  const byDay = new Map<string, Slot[]>();
  for (const slot of free.slots) {
    const day = dateIn(new Date(slot.startsAt), free.timeZone);
    byDay.set(day, [...(byDay.get(day) ?? []), slot]);
  }
  const days = [...byDay.keys()].sort();
  const first = project === "phone" ? 2 : 0;
  const [bookDay, moveDay] = [days[first], days[first + 1]];
  expect(moveDay, "two days with free times").toBeTruthy();
  return {
    doctorId: doctor!.id,
    serviceId: free.serviceId,
    bookDay: bookDay!,
    booked: byDay.get(bookDay!)![0]!,
    moveDay: moveDay!,
    movedTo: byDay.get(moveDay!)!.at(-1)!,
  };
}

/** A new browser context signed in as `email`, on `next`. */
async function signedIn(
  browser: Browser,
  options: BrowserContextOptions,
  email: string,
  next: string,
) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  await page.goto(`/sign-in?next=${encodeURIComponent(next)}`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"));
  return page;
}

async function axeClean(page: Page) {
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectNoAxeViolations(page);
}

test.describe("appointments", () => {
  test("a patient books, reschedules and cancels; the doctor sees it; a waitlisted patient takes the freed time", async ({
    browser,
    baseURL,
    request,
  }, testInfo) => {
    test.setTimeout(180_000);
    const { doctorId, serviceId, bookDay, booked, moveDay, movedTo } = await freeDays(
      request,
      testInfo.project.name,
    );
    // Every context gets the project's device (desktop or phone), not the browser's default.
    const { viewport, isMobile, hasTouch, deviceScaleFactor, userAgent } = testInfo.project.use;
    const device = {
      baseURL: baseURL!,
      viewport,
      isMobile,
      hasTouch,
      deviceScaleFactor,
      userAgent,
    };

    // The patient books the first free time of a day.
    const bookHref = `/patient/book?${new URLSearchParams({
      doctorId,
      serviceId,
      startsAt: booked.startsAt,
    }).toString()}`;
    const patient = await signedIn(browser, device, "patient@resq.test", bookHref);
    await expect(patient).toHaveURL(/\/patient\/book\?/);
    await axeClean(patient);
    await patient.getByRole("button", { name: "Confirm booking" }).click();
    await expect(patient).toHaveURL(/\/patient\/book\/confirmed\?id=/);
    const appointmentId = new URL(patient.url()).searchParams.get("id")!;

    // …and finds it among the upcoming appointments.
    await patient.goto("/patient/appointments");
    await axeClean(patient);
    const card = patient
      .getByTestId("appointment-card")
      .filter({ has: patient.locator(`a[href="/patient/appointments/${appointmentId}"]`) });
    await expect(card).toBeVisible();
    await expect(card.getByText("Booked", { exact: true })).toBeVisible();
    await expect(card.getByRole("button", { name: /^Add to calendar/ })).toBeVisible();

    // The doctor sees it in the week of that day, and opens it.
    const doctor = await signedIn(
      browser,
      device,
      "doctor@resq.test",
      `/doctor/schedule?view=week&date=${bookDay}`,
    );
    await expect(doctor).toHaveURL(/\/doctor\/schedule\?view=week/);
    await axeClean(doctor);
    const item = doctor.locator(`a[href="/doctor/appointments/${appointmentId}"]`);
    await expect(item).toBeVisible();
    await item.click();
    await expect(doctor).toHaveURL(new RegExp(`/doctor/appointments/${appointmentId}$`));
    await expect(doctor.getByRole("button", { name: "Mark completed" })).toBeDisabled();
    await axeClean(doctor);

    // The patient moves it to the last free time of another day.
    await patient.goto(`/patient/appointments/${appointmentId}/reschedule`);
    await expect(patient.getByRole("heading", { level: 1 })).toHaveText("Choose a new time");
    const choice = patient.locator(`label:has(input[value="${movedTo.startsAt}"])`);
    await expect(choice).toBeVisible();
    await axeClean(patient);
    await choice.click();
    await patient.getByRole("button", { name: "Confirm new time" }).click();
    await expect(patient).toHaveURL(/\/patient\/appointments\/[0-9a-f-]{36}\?moved=1$/);
    const movedId = /appointments\/([0-9a-f-]{36})/.exec(patient.url())![1]!;
    expect(movedId).not.toBe(appointmentId);
    await expect(patient.getByText("Your appointment was moved to this time.")).toBeVisible();
    await axeClean(patient);

    // A second patient joins the waitlist for that doctor, service and the new day.
    const waiting = await signedIn(
      browser,
      device,
      "patient2@resq.test",
      `/patient/waitlist/join?doctorId=${doctorId}&serviceId=${serviceId}`,
    );
    await expect(waiting).toHaveURL(/\/patient\/waitlist\/join\?/);
    await axeClean(waiting);
    await waiting.locator("#fromDate").fill(moveDay);
    await waiting.locator("#toDate").fill(moveDay);
    await waiting.getByRole("button", { name: "Join the waitlist" }).click();
    await expect(waiting).toHaveURL(/\/patient\/waitlist$/);
    await axeClean(waiting);

    // The patient cancels: the dialog states the terms before they confirm.
    const hoursAhead = (Date.parse(movedTo.startsAt) - Date.now()) / 3_600_000;
    await patient.getByRole("button", { name: /^Cancel appointment/ }).click();
    const dialog = patient.getByRole("alertdialog");
    await expect(dialog).toBeVisible();
    const terms = dialog.getByTestId("cancellation-terms");
    await expect(terms).toBeVisible();
    const termsText = await terms.innerText();
    if (hoursAhead > 48) expect(termsText).not.toMatch(/late cancellation/i);
    if (!/late cancellation/i.test(termsText)) expect(termsText).toMatch(/no fee/);
    await expectNoAxeViolations(patient);
    await dialog.getByRole("button", { name: /^Cancel/ }).click();
    await expect(patient).toHaveURL(new RegExp(`/patient/appointments/${movedId}\\?cancelled=1$`));
    await expect(
      patient.getByRole("heading", { name: "Your appointment is cancelled" }),
    ).toBeVisible();
    await expect(patient.getByRole("link", { name: "Join the waitlist" })).toBeVisible();
    await axeClean(patient);

    // The freed time is offered to the waiting patient by a background job: reload until it shows.
    const offer = waiting.locator(
      `[data-testid="waitlist-offer"][data-starts-at="${new Date(movedTo.startsAt).toISOString()}"]`,
    );
    await expect(async () => {
      await waiting.reload();
      await expect(offer).toBeVisible({ timeout: 2_000 });
    }).toPass({ timeout: 30_000, intervals: [1_000, 2_000] });
    await axeClean(waiting);
    await offer.getByRole("button", { name: "Accept this time" }).click();
    await expect(waiting).toHaveURL(/\/patient\/appointments\/[0-9a-f-]{36}$/);
    await expect(waiting.getByText("Booked", { exact: true })).toBeVisible();
    await axeClean(waiting);

    await Promise.all([
      patient.context().close(),
      doctor.context().close(),
      waiting.context().close(),
    ]);
  });
});

test.describe("appointments: account pages", () => {
  test("the dashboard, notifications and calendar subscription; a doctor blocks time and removes it", async ({
    browser,
    baseURL,
  }, testInfo) => {
    test.setTimeout(120_000);
    const phone = testInfo.project.name === "phone";
    const { viewport, isMobile, hasTouch, deviceScaleFactor, userAgent } = testInfo.project.use;
    const device = {
      baseURL: baseURL!,
      viewport,
      isMobile,
      hasTouch,
      deviceScaleFactor,
      userAgent,
    };

    // Each project its own patient: creating a calendar link replaces the account's earlier one.
    const patient = await signedIn(
      browser,
      device,
      phone ? "patient2@resq.test" : "patient@resq.test",
      "/patient",
    );
    await expect(patient.getByRole("heading", { name: "Next appointments" })).toBeVisible();
    await axeClean(patient);

    await patient.goto("/account/notifications");
    await expect(patient.getByRole("heading", { level: 1 })).toHaveText("Notifications");
    await axeClean(patient);

    await patient.goto("/account/calendar");
    await axeClean(patient);
    await expect(patient.getByLabel("Include visit reasons")).not.toBeChecked();
    await patient.getByRole("button", { name: /Create (calendar|a new) link/ }).click();
    const link = patient.getByLabel("Calendar link");
    await expect(link).toHaveValue(/\/api\/calendar\/.+\.ics$/);
    await expect(patient.getByRole("heading", { name: "Subscription is on" })).toBeVisible();
    await axeClean(patient);
    await patient.getByRole("button", { name: "Revoke" }).click();
    await patient.getByRole("alertdialog").getByRole("button", { name: "Revoke" }).click();
    await expect(patient.getByRole("heading", { name: "Create a subscription" })).toBeVisible();

    // A doctor blocks part of a far-off day, then removes the block.
    const date = addDays(new Date().toISOString().slice(0, 10), phone ? 41 : 40);
    const doctor = await signedIn(
      browser,
      device,
      "doctor2@resq.test",
      `/doctor/schedule?view=day&date=${date}`,
    );
    await expect(doctor.getByRole("heading", { level: 1 })).toHaveText("Schedule");
    await axeClean(doctor);
    await doctor.locator("#block-date").fill(date);
    await doctor.locator("#block-start").fill("10:00");
    await doctor.locator("#block-end").fill("11:30");
    await doctor.locator("#block-note").fill(`e2e ${testInfo.project.name}`);
    await doctor.getByRole("button", { name: "Block this time" }).click();
    const block = doctor
      .getByTestId("blocked-time")
      .filter({ hasText: `e2e ${testInfo.project.name}` });
    await expect(block).toContainText("10:00–11:30");
    await axeClean(doctor);
    await block.getByRole("button", { name: /^Remove/ }).click();
    await doctor.getByRole("alertdialog").getByRole("button", { name: "Remove" }).click();
    await expect(block).toHaveCount(0);

    await Promise.all([patient.context().close(), doctor.context().close()]);
  });
});
