import { expect, test } from "@playwright/test";

import { expectNoAxeViolations } from "./axe";
import { signedInOnDevice } from "./helpers";

// The smallest PNG signature the API accepts as an image (it checks content, not names).
const screenshot = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

test.describe("admin insights", () => {
  test("a patient asks support; an admin assigns and answers; the patient reads it; the admin sees the analytics", async ({
    browser,
    baseURL,
  }, testInfo) => {
    test.setTimeout(300_000);
    // Both projects run at once against one server: each has its own ticket.
    const subject = `Invoice missing (${testInfo.project.name} ${Date.now()})`;
    const answer = `We re-sent your invoice from the ${testInfo.project.name} desk.`;

    // The patient opens a request with a screenshot.
    const patient = await signedInOnDevice(
      browser,
      testInfo,
      baseURL!,
      "patient@resq.test",
      "/patient/support",
    );
    const p = patient.page;
    await expect(p.getByRole("heading", { level: 1, name: "Support" })).toBeVisible();
    await expectNoAxeViolations(p);
    await p.getByRole("link", { name: "New request" }).click();
    await expect(p.getByRole("heading", { level: 1, name: "New support request" })).toBeVisible();
    // Sending it empty names what is missing, and sends nothing.
    await p.getByRole("button", { name: "Send request" }).click();
    await expect(p.getByText("Choose what your request is about.")).toBeVisible();
    await expectNoAxeViolations(p);
    await p.getByLabel("What is it about?").selectOption({ label: "Billing and payments" });
    await p.getByLabel("Subject").fill(subject);
    await p.getByLabel("Your message").fill("I paid for my visit but cannot find the invoice.");
    await p
      .getByLabel("Attach a file (optional)")
      .setInputFiles({ name: "screen.png", mimeType: "image/png", buffer: screenshot });
    await p.getByRole("button", { name: "Send request" }).click();
    await expect(p).toHaveURL(/\/patient\/support\/[0-9a-f-]{36}$/);
    await expect(p.getByRole("heading", { level: 1, name: subject })).toBeVisible();
    await expect(p.getByText("Waiting for support").first()).toBeVisible();
    await expect(p.getByRole("link", { name: /screen\.png/ })).toBeVisible();
    // The file downloads for its requester, as checked by content.
    const file = await p.request.get(
      (await p.getByRole("link", { name: /screen\.png/ }).getAttribute("href"))!,
    );
    expect(file.status()).toBe(200);
    expect(file.headers()["content-type"]).toBe("image/png");
    await expectNoAxeViolations(p);

    // The admin finds it in the queue, assigns it to themself and answers.
    const admin = await signedInOnDevice(
      browser,
      testInfo,
      baseURL!,
      "admin@resq.test",
      "/admin/support",
    );
    const a = admin.page;
    await expect(a.getByRole("heading", { level: 1, name: "Support requests" })).toBeVisible();
    await expectNoAxeViolations(a);
    await a.getByTestId("support-queue-item").filter({ hasText: subject }).click();
    await expect(a.getByRole("heading", { level: 1, name: subject })).toBeVisible();
    await expect(a.getByText("patient@resq.test")).toBeVisible();
    await a.getByLabel("Assign to").selectOption({ label: "Ada Admin" });
    await a.getByRole("button", { name: "Assign", exact: true }).click();
    await expect(a.getByText("Assigned to Ada Admin.")).toBeVisible();
    await expect(a.getByRole("definition").filter({ hasText: "Ada Admin" })).toBeVisible();
    await a.getByLabel("Your answer").fill(answer);
    await a.getByRole("button", { name: "Send reply" }).click();
    await expect(a.getByTestId("support-message").filter({ hasText: answer })).toBeVisible();
    await expect(a.getByText("Answered").first()).toBeVisible();
    await expectNoAxeViolations(a);

    // The patient sees the answer.
    await p.reload();
    await expect(p.getByTestId("support-message").filter({ hasText: answer })).toBeVisible();
    await expect(p.getByText("Answered").first()).toBeVisible();
    await p.goto("/patient/support");
    await expect(
      p.getByRole("link", { name: new RegExp(subject.replace(/[()]/g, "\\$&")) }),
    ).toBeVisible();
    await expectNoAxeViolations(p);

    // The admin opens the analytics: charts render, and the tables carry the figures.
    await a.goto("/admin/analytics");
    await expect(a.getByRole("heading", { level: 1, name: "Analytics" })).toBeVisible();
    // Each chart loads on its own; the embedded database answers them one at a time, after the
    // other browser tests' queries, so allow them more than the default 10 s.
    for (const id of ["funnel", "active-users", "appointments", "support"]) {
      await expect(
        a.getByTestId(`chart-${id}`).locator(".recharts-wrapper > svg.recharts-surface"),
      ).toBeVisible({ timeout: 45_000 });
    }
    const support = a.getByTestId("chart-support");
    await support.getByText("Support requests: the figures as a table").click();
    const opened = support.getByRole("row", { name: /Requests opened/ }).first();
    await expect(opened).toBeVisible();
    expect(Number(await opened.getByRole("cell").first().innerText())).toBeGreaterThanOrEqual(1);
    await expect(a.getByTestId("chart-funnel")).toContainText("patients who signed up");
    await expectNoAxeViolations(a);

    // A bad range is refused with the field named.
    await a.goto("/admin/analytics?from=2025-03-10&to=2025-03-01");
    await expect(a.getByText("The end is before the start.")).toBeVisible();
    await expectNoAxeViolations(a);

    await patient.context.close();
    await admin.context.close();
  });
});
