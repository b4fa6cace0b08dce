import { readFile } from "node:fs/promises";

import { expect, test } from "@playwright/test";

import { expectNoAxeViolations } from "./axe";
import { payWithDemoCard, signedInContext } from "./helpers";

test.describe("billing", () => {
  test("the doctor bills a patient with a completed visit; the patient pays with the demo card, downloads the receipt; the practice sees the revenue", async ({
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
    // Each project bills its own invoice, so desktop and phone never pay the same one.
    const item = `Follow-up report (${testInfo.project.name} ${Date.now()})`;

    const doctor = await signedInContext(browser, device, "doctor@resq.test", "/doctor/billing");
    const d = doctor.page;
    await expect(d.getByRole("heading", { level: 1, name: "Practice billing" })).toBeVisible();
    await expectNoAxeViolations(d);
    const form = d.getByRole("region", { name: "New invoice" });
    await form.getByLabel("Patient").selectOption({ label: "Alex Rivera" });
    await form.getByLabel("Item 1").fill(item);
    await form.getByLabel("Quantity").fill("1");
    await form.getByLabel("Price (USD)").fill("42.50");
    await form.getByRole("button", { name: "Create invoice" }).click();
    const toast = d.getByText(/Invoice INV-\d{4}-\d{5} issued\./);
    await expect(toast).toBeVisible();
    const number = /INV-\d{4}-\d{5}/.exec((await toast.textContent()) ?? "")![0];

    // The patient (whose demo visit with this doctor is completed) pays it.
    const patient = await signedInContext(browser, device, "patient@resq.test", "/patient/billing");
    const p = patient.page;
    await expect(p.getByRole("heading", { level: 1, name: "Billing" })).toBeVisible();
    await expect(p.getByText("Demo payments.")).toBeVisible();
    await expectNoAxeViolations(p);
    const toPay = p.getByRole("region", { name: "To pay" });
    const due = toPay.getByRole("listitem").filter({ hasText: number });
    await expect(due).toContainText("$42.50");
    await due
      .getByRole("button", { name: new RegExp(`Pay \\$42\\.50 of invoice ${number}`) })
      .click();
    await payWithDemoCard(p, number, "$42.50");
    await expect(due).toHaveCount(0);
    const history = p.getByRole("region", { name: "Payment history" });
    await expect(history.getByRole("listitem").filter({ hasText: number })).toContainText("$42.50");

    const receiptButton = p
      .getByRole("region", { name: "All invoices" })
      .getByRole("button", { name: `Receipt PDF for ${number}` });
    const [download] = await Promise.all([p.waitForEvent("download"), receiptButton.click()]);
    expect(download.suggestedFilename()).toBe(`receipt-${number}.pdf`);
    const pdf = await readFile(await download.path());
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    await expectNoAxeViolations(p);

    // The practice view shows the invoice paid and the month's revenue including it.
    await d.goto("/doctor/billing?status=paid");
    await expect(d.getByRole("heading", { level: 1, name: "Practice billing" })).toBeVisible();
    await expect(d.getByRole("row").filter({ hasText: number })).toContainText("Paid");
    const revenue = Number(
      ((await d.getByTestId("revenue-this-month").textContent()) ?? "").replace(/[^0-9.]/g, ""),
    );
    expect(revenue).toBeGreaterThanOrEqual(42.5);
    await d.getByText("Revenue by month as a table").click();
    await expect(d.getByTestId("revenue-table").getByRole("row").last()).not.toContainText("$0.00");
    await expectNoAxeViolations(d);

    await patient.context.close();
    await doctor.context.close();
  });
});
