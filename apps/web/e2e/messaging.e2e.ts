import { expect, test, type Page } from "@playwright/test";

import { expectAxeCleanPage, projectDevice, signedInContext } from "./helpers";

/** The page's live stream is open (the bell's subscription). */
async function expectLive(page: Page) {
  await expect(page.locator("html")).toHaveAttribute("data-live", "connected");
}

test.describe("messaging", () => {
  test("a patient's message appears live for the doctor, the bell counts it, and the read receipt appears live for the patient", async ({
    browser,
    baseURL,
  }, testInfo) => {
    test.setTimeout(150_000);
    const device = projectDevice(testInfo, baseURL);
    // Both projects run at once against one server: everything this test looks for is its own.
    const subject = `Palpitations (${testInfo.project.name} ${Date.now()})`;
    const question = `I have had palpitations since Tuesday — ${testInfo.project.name}.`;

    // The doctor waits in the inbox.
    const doctor = await signedInContext(browser, device, "doctor@resq.test", "/messages");
    const d = doctor.page;
    await expect(d.getByRole("heading", { level: 1, name: "Messages" })).toBeVisible();
    await expectLive(d);
    await expectAxeCleanPage(d);
    const bell = d.getByRole("banner").getByRole("link", { name: /^Notifications,/ });
    const bellBefore = await bell.getAttribute("aria-label");

    // The patient writes to the doctor they saw.
    const patient = await signedInContext(browser, device, "patient@resq.test", "/messages/new");
    const p = patient.page;
    await expect(p.getByRole("heading", { level: 1, name: "New message" })).toBeVisible();
    await expectAxeCleanPage(p);
    await p.getByLabel("Doctor").selectOption({ label: "Dr. Maya Chen" });
    await p.getByLabel("Subject").fill(subject);
    await p.getByLabel(/^Message/).fill(question);
    await p.getByRole("button", { name: "Send message" }).click();
    await expect(p).toHaveURL(/\/messages\/[0-9a-f-]{36}$/);
    await expect(p.getByRole("heading", { level: 1, name: subject })).toBeVisible();
    const sent = p.getByTestId("message").filter({ hasText: question });
    await expect(sent.getByTestId("receipt")).toHaveText("Sent");
    await expectLive(p);
    await expectAxeCleanPage(p);

    // Without a reload, the doctor's inbox shows it, unread, and the bell's count changes.
    const row = d.getByTestId("conversation").filter({ hasText: subject });
    await expect(row).toBeVisible();
    await expect(row).toContainText("1 unread");
    await expect(row).toContainText("Alex Rivera");
    await expect(bell).not.toHaveAttribute("aria-label", bellBefore ?? "");
    await expect(bell).toHaveAttribute("aria-label", /Notifications, \d+ unread/);
    await expectAxeCleanPage(d);

    // The doctor opens it; the patient sees "Seen" appear live.
    await row.getByRole("link", { name: subject }).click();
    await expect(d.getByRole("heading", { level: 1, name: subject })).toBeVisible();
    await expect(d.getByText(question)).toBeVisible();
    await expect(sent.getByTestId("receipt")).toHaveText("Seen");
    await expectAxeCleanPage(d);

    // The doctor replies; it appears live on the patient's side.
    const answer = `Please come in tomorrow morning — ${testInfo.project.name}.`;
    await d.getByLabel("Your message").fill(answer);
    await d.getByRole("button", { name: "Send", exact: true }).click();
    await expect(p.getByTestId("message").filter({ hasText: answer })).toBeVisible();
    await expect(
      d.getByTestId("message").filter({ hasText: answer }).getByTestId("receipt"),
    ).toHaveText("Seen");

    // A file that only claims to be a PDF is refused with a clear error, and nothing is sent.
    await p.getByLabel("Attachments (optional)").setInputFiles({
      name: "notes.pdf",
      mimeType: "application/pdf",
      buffer: Buffer.from("just some text, not a PDF"),
    });
    await p.getByLabel("Your message").fill("Here are my notes.");
    await p.getByRole("button", { name: "Send", exact: true }).click();
    await expect(p.getByText("notes.pdf is not a PDF, PNG, JPEG or WebP file.")).toBeVisible();
    await expect(p.getByTestId("message")).toHaveCount(2);
    await expectAxeCleanPage(p);

    // Nothing runs off the side of the screen (phones too).
    for (const page of [p, d])
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
      ).toBe(true);

    // From the notification centre to the preferences: security alerts cannot be switched off;
    // other kinds switch per channel. (Each project changes a different account's choice, since
    // both run at once.)
    const phone = testInfo.project.name === "phone";
    const [who, kind] = phone ? [d, "Profile verification"] : [p, "New health record entries"];
    await who.goto("/account/notifications");
    await who.getByRole("link", { name: "Notification preferences" }).click();
    await expect(
      who.getByRole("heading", { level: 1, name: "Notification preferences" }),
    ).toBeVisible();
    const breakGlassEmail = who.getByRole("checkbox", {
      name: "Email: Emergency access to a record",
    });
    await expect(breakGlassEmail).toBeChecked();
    await expect(breakGlassEmail).toBeDisabled();
    const email = who.getByRole("checkbox", { name: `Email: ${kind}` });
    const wasOn = await email.isChecked();
    await email.click();
    await expect(who.getByText(`${kind}: ${wasOn ? "off" : "on"} by email.`)).toBeVisible();
    await expect(email).toBeChecked({ checked: !wasOn });
    await expectAxeCleanPage(who);
    await email.click();
    await expect(email).toBeChecked({ checked: wasOn });

    await patient.context.close();
    await doctor.context.close();
  });
});
