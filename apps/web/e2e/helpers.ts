import { randomBytes } from "node:crypto";

import {
  expect,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Page,
  type TestInfo,
} from "@playwright/test";

import { expectNoAxeViolations } from "./axe";

export const DEMO_PASSWORD = "Demo-Passw0rd!";

/** The header's sign-out button (the page may have others, e.g. for other devices). */
export function headerSignOut(page: Page) {
  return page.getByRole("banner").getByRole("button", { name: "Sign out" });
}

/** Signs in on the sign-in page, asking to be sent to `next` afterwards. */
export async function signIn(page: Page, email: string, password: string, next: string) {
  await page.goto(`/sign-in?next=${encodeURIComponent(next)}`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** A separate browser context (its own cookies) signed in as the demo admin, on `next`. */
export async function adminPage(
  browser: Browser,
  baseURL: string,
  next: string,
): Promise<{ context: BrowserContext; admin: Page }> {
  const context = await browser.newContext({ baseURL });
  const admin = await context.newPage();
  await signIn(admin, "admin@resq.test", DEMO_PASSWORD, next);
  await expect(admin).toHaveURL(new RegExp(`${next.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`));
  return { context, admin };
}

/**
 * Reads the newest verification code sent to `to`, as an admin would: signed in as the demo admin
 * in a separate browser context (its own cookies), from the mailbox page.
 */
export async function verificationCodeFor(
  browser: Browser,
  baseURL: string,
  to: string,
): Promise<string> {
  const { context, admin } = await adminPage(browser, baseURL, "/admin/mailbox");
  try {
    await expect(admin.getByRole("heading", { level: 1, name: "Mailbox" })).toBeVisible();
    const email = admin.getByTestId("mailbox-email").filter({ hasText: to }).first();
    await expect(email).toBeVisible();
    await email.locator("summary").click(); // opens the message
    const body = await email.locator("pre").innerText();
    await expectNoAxeViolations(admin);
    const code = /verification code is:\s*([A-Z0-9]{8})/.exec(body)?.[1];
    expect(code, `a code in: ${body}`).toBeTruthy();
    return code!;
  } finally {
    await context.close();
  }
}

/** A new browser context (e.g. the project's device) signed in as `email`, on `next`. */
export async function signedInContext(
  browser: Browser,
  options: BrowserContextOptions,
  email: string,
  next: string,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  await signIn(page, email, DEMO_PASSWORD, next);
  await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"));
  return { context, page };
}

/** A new browser context with the test project's device settings, signed in as `email`, on `next`. */
export function signedInOnDevice(
  browser: Browser,
  testInfo: TestInfo,
  baseURL: string,
  email: string,
  next: string,
): Promise<{ context: BrowserContext; page: Page }> {
  return signedInContext(browser, projectDevice(testInfo, baseURL), email, next);
}

/** Axe-clean once the page's main heading is there. */
export async function expectAxeCleanPage(page: Page) {
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectNoAxeViolations(page);
}

/** Context options for this project's device (desktop or phone), for extra browser contexts. */
export function projectDevice(
  testInfo: TestInfo,
  baseURL: string | undefined,
): BrowserContextOptions {
  const { viewport, isMobile, hasTouch, deviceScaleFactor, userAgent } = testInfo.project.use;
  return { baseURL: baseURL!, viewport, isMobile, hasTouch, deviceScaleFactor, userAgent };
}

/** An email no other test (nor the other project, running at the same time) uses. */
export function uniqueEmail(testInfo: TestInfo, prefix: string, domain: string): string {
  return `e2e-${prefix}-${testInfo.project.name}-${randomBytes(4).toString("hex")}@${domain}`;
}

/**
 * Signs up on the sign-up page already open (`/sign-up` or `/sign-up?role=doctor`) and verifies
 * the email with the code from the admin mailbox; ends on the account's dashboard.
 */
export async function signUpAndVerify(
  page: Page,
  browser: Browser,
  baseURL: string,
  account: { name: string; email: string; password: string },
) {
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Create your RESQ account");
  await expectNoAxeViolations(page);
  await page.getByLabel("Full name").fill(account.name);
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/verify-email\?email=/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check your email");
  await expectNoAxeViolations(page);
  const code = await verificationCodeFor(browser, baseURL, account.email);
  await page.getByLabel("Verification code").fill(code);
  await page.getByRole("button", { name: "Verify and continue" }).click();
}

/** The path of the invitation link in the newest invitation email to `to`, from the mailbox. */
export async function invitationLink(admin: Page, to: string): Promise<string> {
  await admin.goto("/admin/mailbox");
  const email = admin.getByTestId("mailbox-email").filter({ hasText: to }).first();
  await expect(email).toBeVisible();
  await email.locator("summary").click();
  const body = await email.locator("pre").innerText();
  const path = /\/reset-password\?token=[a-z2-7]+/.exec(body)?.[0];
  expect(path, `an invitation link in: ${body}`).toBeTruthy();
  return path!;
}

/** "YYYY-MM-DD" of a moment in a time zone. */
export function dateIn(moment: Date | string, timeZone: string): string {
  return new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(new Date(moment));
}

/** In the open payment dialog of an invoice: pays with the demo card (4242…). */
export async function payWithDemoCard(page: Page, number: string, amount: string) {
  const dialog = page.getByRole("dialog", { name: `Pay invoice ${number}` });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel("Card number").fill("4242 4242 4242 4242");
  await dialog.getByLabel("Expiry (MM/YY)").fill("12/39");
  await dialog.getByLabel("Security code").fill("123");
  await expectNoAxeViolations(page);
  await dialog.getByRole("button", { name: `Pay ${amount}` }).click();
  await expect(page.getByText(`Paid ${amount}. Thank you!`)).toBeVisible();
  await expect(dialog).toBeHidden();
}
