import { randomBytes } from "node:crypto";

import { expect, test } from "@playwright/test";

import { expectNoAxeViolations } from "./axe";
import { adminPage, invitationLink, signIn } from "./helpers";

const TARGET_PASSWORD = "Lantern harbour violet 2026!";

test.describe("admin: users, settings and audit log", () => {
  test("an admin invites a user, finds and suspends them (their open session ends), changes a setting and filters the audit log", async ({
    browser,
    baseURL,
  }, testInfo) => {
    test.setTimeout(300_000);
    // Each project (desktop, phone) works on its own user, as both run against one server.
    const project = testInfo.project.name;
    const email = `e2e-admin-${project}-${randomBytes(4).toString("hex")}@patients.resq.test`;
    const name = `Morgan ${project === "phone" ? "Phone" : "Desktop"} Target`;
    const { context: adminContext, admin } = await adminPage(browser, baseURL!, "/admin");

    // Invite the user.
    await admin
      .getByRole("main")
      .getByRole("link", { name: /^Users/ })
      .click();
    await expect(admin.getByRole("heading", { level: 1, name: "Users" })).toBeVisible();
    await expectNoAxeViolations(admin);
    await admin.getByRole("button", { name: "Invite user" }).click();
    const invite = admin.getByRole("dialog", { name: "Invite a user" });
    await invite.getByRole("button", { name: "Send invitation" }).click();
    await expect(invite.getByText("Enter a name.")).toBeVisible();
    await invite.getByLabel("Full name").fill(name);
    await invite.getByLabel("Email").fill(email);
    await invite.getByLabel("Role").selectOption("patient");
    await expectNoAxeViolations(admin);
    await invite.getByRole("button", { name: "Send invitation" }).click();
    await expect(admin.getByRole("heading", { level: 1, name })).toBeVisible();
    await expect(admin.getByText("Invitation not yet accepted")).toBeVisible();

    // The user accepts the invitation and signs in, in their own browser.
    const link = await invitationLink(admin, email);
    const userContext = await browser.newContext({ baseURL: baseURL! });
    const user = await userContext.newPage();
    await user.goto(link);
    await user.getByLabel("New password").fill(TARGET_PASSWORD);
    await user.getByRole("button", { name: "Set new password" }).click();
    await expect(user.getByText("Your password was changed.").first()).toBeVisible();
    await signIn(user, email, TARGET_PASSWORD, "/patient");
    await expect(user).toHaveURL(/\/patient$/);
    await expect(user.getByRole("heading", { level: 1 })).toHaveText(`Welcome, ${name}`);

    // The admin finds them by search and suspends them, with a reason.
    await admin.goto("/admin/users");
    await admin.getByLabel("Name or email").fill(email);
    await admin.getByRole("button", { name: "Search" }).click();
    await expect(admin.getByTestId("user-row")).toHaveCount(1);
    await expect(admin.getByRole("main").getByRole("status")).toHaveText("1 user, newest first.");
    await admin.getByRole("link", { name }).click();
    await expect(admin.getByRole("heading", { level: 1, name })).toBeVisible();
    await expectNoAxeViolations(admin);
    await admin.getByRole("button", { name: "Suspend" }).click();
    const suspend = admin.getByRole("alertdialog", { name: `Suspend ${name}?` });
    await suspend.getByLabel("Reason").fill("no");
    await suspend.getByRole("button", { name: "Suspend" }).click();
    await expect(suspend.getByText("Say why (at least 5 characters).")).toBeVisible();
    await suspend.getByLabel("Reason").fill("Reported for abusive messages");
    await expectNoAxeViolations(admin);
    await suspend.getByRole("button", { name: "Suspend" }).click();
    await expect(admin.getByText(`${name} is suspended and signed out.`)).toBeVisible();
    await expect(admin.getByText("Suspended: this account cannot sign in.")).toBeVisible();
    await expect(admin.getByText("Reason: Reported for abusive messages")).toBeVisible();

    // Their already open session stops working, and they cannot sign in again.
    await user.reload();
    await expect(user).toHaveURL(/\/sign-in\?next=%2Fpatient$/);
    await signIn(user, email, TARGET_PASSWORD, "/patient");
    await expect(user.getByRole("alert").filter({ hasText: /suspended/i })).toBeVisible();
    await userContext.close();

    // A setting change, effective at once. Desktop shows the maintenance banner (then clears it);
    // phone changes the support email, so the two runs never undo each other's change.
    await admin.getByRole("banner").getByRole("link", { name: "Settings" }).click();
    await expect(admin.getByRole("heading", { level: 1, name: "System settings" })).toBeVisible();
    await expectNoAxeViolations(admin);
    const platform = admin.getByRole("region", { name: "Platform" });
    if (project === "desktop") {
      const notice = "Planned maintenance tonight from 22:00 UTC.";
      await platform.getByLabel("Maintenance banner").fill(notice);
      await platform.getByRole("button", { name: "Save platform settings" }).click();
      await expect(admin.getByTestId("maintenance-banner")).toHaveText(notice);
      await expectNoAxeViolations(admin);
      const visitor = await browser.newContext({ baseURL: baseURL! });
      const visitorPage = await visitor.newPage();
      await visitorPage.goto("/doctors");
      await expect(visitorPage.getByRole("region", { name: "Service notice" })).toHaveText(notice);
      await visitor.close();
      await platform.getByLabel("Maintenance banner").fill("");
      await platform.getByRole("button", { name: "Save platform settings" }).click();
      await expect(admin.getByTestId("maintenance-banner")).toHaveCount(0);
    } else {
      await platform.getByLabel("Support email").fill("not an email");
      await platform.getByRole("button", { name: "Save platform settings" }).click();
      await expect(platform.getByText("Enter an email address.")).toBeVisible();
      await platform.getByLabel("Support email").fill("help@clinic.example");
      await platform.getByRole("button", { name: "Save platform settings" }).click();
      await expect(admin.getByText("Settings saved.")).toBeVisible();
      await admin.reload();
      await expect(
        admin.getByRole("region", { name: "Platform" }).getByLabel("Support email"),
      ).toHaveValue("help@clinic.example");
    }

    // The audit log: filtered by action, the suspension is there with its reason.
    await admin.getByRole("banner").getByRole("link", { name: "Audit log" }).click();
    await expect(admin.getByRole("heading", { level: 1, name: "Audit log" })).toBeVisible();
    await expect(admin.getByTestId("chain-ok")).toBeVisible();
    await admin.getByLabel("Actor (email or id)").fill("admin@resq.test");
    await admin.getByLabel("Action").fill("admin.user_suspended");
    await admin.getByRole("button", { name: "Filter" }).click();
    await expect(admin).toHaveURL(/action=admin.user_suspended/);
    const rows = admin.getByTestId("audit-row");
    await expect(rows.filter({ hasText: email })).toHaveCount(1);
    await expect(rows.filter({ hasNotText: "admin.user_suspended" })).toHaveCount(0);
    await expect(admin.getByRole("link", { name: "Export CSV" })).toHaveAttribute(
      "href",
      /\/api\/admin\/audit\/export\?actor=admin%40resq.test&action=admin.user_suspended/,
    );
    await expectNoAxeViolations(admin);
    await rows.filter({ hasText: email }).getByRole("link").click();
    await expect(admin.getByRole("heading", { level: 1, name: /^Audit event \d+$/ })).toBeVisible();
    await expect(admin.getByText('"reason": "Reported for abusive messages"')).toBeVisible();
    await expectNoAxeViolations(admin);
    await adminContext.close();
  });
});
