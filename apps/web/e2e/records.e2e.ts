import { readFile } from "node:fs/promises";

import { expect, test, type Page } from "@playwright/test";

import { expectNoAxeViolations } from "./axe";
import { signedInContext } from "./helpers";

async function axeClean(page: Page) {
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectNoAxeViolations(page);
}

/**
 * Finds a row of "Who viewed my record" with this text, paging on (newest first: others' tests
 * running at the same time add rows too).
 */
async function expectAccessRow(page: Page, text: string) {
  await page.goto("/patient/records/access-log");
  for (let n = 1; n <= 10; n += 1) {
    await expect(page.getByTestId("access-row").first()).toBeVisible();
    if ((await page.getByTestId("access-row").filter({ hasText: text }).count()) > 0) return;
    const next = page.getByRole("link", { name: "Next page" });
    if ((await next.count()) === 0) break;
    await next.click();
    await expect(page).toHaveURL(new RegExp(`page=${n + 1}`));
  }
  throw new Error(`No access row with "${text}"`);
}

test.describe("records", () => {
  test("a doctor writes and signs a note; the patient reads it, downloads the record and sees who viewed it", async ({
    browser,
    baseURL,
  }, testInfo) => {
    test.setTimeout(150_000);
    const { viewport, isMobile, hasTouch, deviceScaleFactor, userAgent } = testInfo.project.use;
    const device = {
      baseURL: baseURL!,
      viewport,
      isMobile,
      hasTouch,
      deviceScaleFactor,
      userAgent,
    };
    const sentence = `Blood pressure well controlled on the ${testInfo.project.name} visit; continue amlodipine ${Date.now()}.`;

    // The doctor (in care through the seeded past visit) opens the chart from "My patients".
    const doctor = await signedInContext(browser, device, "doctor@resq.test", "/doctor/patients");
    const d = doctor.page;
    await expect(d).toHaveURL(/\/doctor\/patients$/);
    await axeClean(d);
    await d
      .getByRole("main")
      .getByRole("link", { name: /Alex Rivera/ })
      .click();
    await expect(d.getByRole("heading", { level: 1, name: "Alex Rivera" })).toBeVisible();
    await expect(d.getByRole("heading", { name: "Active health problems" })).toBeVisible();
    await expect(d.getByText("Outside the normal range").first()).toBeVisible();
    const patientId = /\/doctor\/patients\/([0-9a-f-]{36})/.exec(d.url())![1]!;
    await axeClean(d);

    // Signing an empty note is not offered; a draft is saved, then signed after a warning.
    await d.getByRole("button", { name: "Save draft" }).click();
    await expect(d.getByText("Write the note.").first()).toBeVisible();
    await d.getByLabel(/Treatment note/).fill(sentence);
    await d.getByRole("button", { name: "Save draft" }).click();
    await expect(d.getByText(/Draft saved at/)).toBeVisible();
    await d.getByRole("button", { name: "Sign note" }).click();
    const dialog = d.getByRole("alertdialog");
    await expect(dialog).toContainText("A signed note cannot be changed");
    await expectNoAxeViolations(d);
    await dialog.getByRole("button", { name: "Sign note" }).click();
    await d.waitForURL(new RegExp(`/doctor/patients/${patientId}/records/[0-9a-f-]{36}$`));
    const noteId = /records\/([0-9a-f-]{36})$/.exec(d.url())![1]!;
    await expect(d.getByTestId("note-body")).toHaveText(sentence);
    await expect(d.getByRole("heading", { name: "Amend this note" })).toBeVisible();
    await axeClean(d);
    await doctor.context.close();

    // A doctor outside the patient's care gets "not in care", then breaks the glass.
    const reason = `Unconscious patient in the emergency room (${testInfo.project.name})`;
    // One outsider per project: both projects share one server, and a grant lasts an hour.
    const outsiderEmail =
      testInfo.project.name === "phone" ? "ben.2@doctors.resq.test" : "doctor2@resq.test";
    const outsider = await signedInContext(
      browser,
      device,
      outsiderEmail,
      `/doctor/patients/${patientId}`,
    );
    const o = outsider.page;
    await expect(
      o.getByRole("heading", { level: 1, name: "You are not in this patient's care" }),
    ).toBeVisible();
    await expect(o.getByText("The patient and every administrator will be told")).toBeVisible();
    await axeClean(o);
    await o.getByRole("button", { name: "Break the glass" }).click();
    await expect(
      o.getByText("Describe the emergency (at least 15 characters).").last(),
    ).toBeVisible();
    await o.getByLabel(/Reason/).fill(reason);
    await o.getByLabel(/For how many minutes/).fill("30");
    await o.getByRole("button", { name: "Break the glass" }).click();
    await expect(o.getByRole("heading", { level: 1, name: "Alex Rivera" })).toBeVisible();
    await expect(o.getByText(/Emergency access until/)).toBeVisible();
    await axeClean(o);
    await outsider.context.close();

    // The patient finds the note in the timeline (filtered to notes) and reads it.
    const patient = await signedInContext(browser, device, "patient@resq.test", "/patient/records");
    const p = patient.page;
    await expect(p).toHaveURL(/\/patient\/records$/);
    await expect(p.getByRole("heading", { level: 1, name: "Your health record" })).toBeVisible();
    await expect(p.getByText("Outside the normal range").first()).toBeVisible();
    await axeClean(p);
    await p.getByRole("checkbox", { name: "Visit note" }).check();
    await p.getByRole("button", { name: "Apply filters" }).click();
    await expect(p).toHaveURL(/types=note/);
    await p.locator(`a[href="/patient/records/${noteId}"]`).click();
    await expect(p).toHaveURL(new RegExp(`/patient/records/${noteId}$`));
    await expect(p.getByTestId("note-body")).toHaveText(sentence);
    await expect(p.getByText("Dr. Maya Chen")).toBeVisible();
    await axeClean(p);

    // Downloads: the PDF and the FHIR bundle.
    await p.goto("/patient/records");
    await expect(p.getByRole("button", { name: "Download PDF" })).toBeEnabled();
    const [pdf] = await Promise.all([
      p.waitForEvent("download"),
      p.getByRole("button", { name: "Download PDF" }).click(),
    ]);
    expect(pdf.suggestedFilename()).toBe("health-record.pdf");
    const pdfBytes = await readFile(await pdf.path());
    expect(pdfBytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const [fhir] = await Promise.all([
      p.waitForEvent("download"),
      p.getByRole("button", { name: "Download FHIR file" }).click(),
    ]);
    expect(fhir.suggestedFilename()).toBe("health-record.fhir.json");
    const bundle = JSON.parse(await readFile(await fhir.path(), "utf8")) as {
      resourceType: string;
    };
    expect(bundle.resourceType).toBe("Bundle");
    await expectNoAxeViolations(p);

    // "Who viewed my record" lists the doctor's reads.
    await p.getByRole("link", { name: "Who viewed my record" }).click();
    await expect(p.getByRole("heading", { level: 1, name: "Who viewed my record" })).toBeVisible();
    await expectAccessRow(p, "Dr. Maya Chen");
    await expectAccessRow(p, "Signed a note");
    await expectAccessRow(p, `Reason: ${reason}`);
    await axeClean(p);
    await patient.context.close();
  });
});
