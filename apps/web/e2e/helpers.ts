import {
  expect,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Page,
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

/** A new browser context (the project's device, downloads allowed) signed in as `email`, on `next`. */
export async function signedInContext(
  browser: Browser,
  options: BrowserContextOptions,
  email: string,
  next: string,
) {
  const context = await browser.newContext({ ...options, acceptDownloads: true });
  const page = await context.newPage();
  await signIn(page, email, DEMO_PASSWORD, next);
  await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"));
  return { context, page };
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
