import { expect, test, type Locator, type Page } from "@playwright/test";

import { expectNoAxeViolations } from "./axe";
import { DEMO_PASSWORD } from "./helpers";

/**
 * Presses Tab until `target` has the focus, as a keyboard user would, and checks at each stop that
 * the focused element shows where the focus is (an outline or a ring). Fails if the target cannot
 * be reached within `maxStops` presses: it is then not reachable by keyboard in a sensible order.
 */
async function tabTo(page: Page, target: Locator, maxStops = 120) {
  await expect(target).toBeVisible();
  for (let stop = 0; stop < maxStops; stop++) {
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      if (!element || element === document.body) return null;
      const label = element.getAttribute("aria-label") ?? element.textContent ?? "";
      return `${element.tagName.toLowerCase()} "${label.trim().slice(0, 40)}"`;
    });
    if (!focused) continue;
    await expect
      .poll(
        () =>
          page.evaluate(() => {
            const style = getComputedStyle(document.activeElement as HTMLElement);
            const outlined = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0;
            return outlined || (style.boxShadow !== "none" && style.boxShadow !== "");
          }),
        { message: `a visible focus indicator on ${focused}`, timeout: 2_000 },
      )
      .toBe(true);
    if (await target.evaluate((element) => element === document.activeElement)) return;
  }
  throw new Error(`could not reach ${target.toString()} with ${maxStops} presses of Tab`);
}

test.describe("keyboard only", () => {
  test("a patient signs in, searches, opens a doctor and books a time without a pointer", async ({
    page,
    request,
  }, testInfo) => {
    test.setTimeout(120_000);
    // As a user who asked for less motion: transitions end at once (and this checks they do).
    await page.emulateMedia({ reducedMotion: "reduce" });
    // Desktop and phone run in parallel against one database: each books with its own doctor,
    // one the other browser tests do not use.
    const directory = await request.get("/api/appointments/doctors/?pageSize=50&sort=name");
    expect(directory.status()).toBe(200);
    const { items } = (await directory.json()) as {
      items: { id: string; name: string; nextAvailableAt: string | null }[];
    };
    const bookable = items
      .filter((doctor) => doctor.nextAvailableAt && !/Chen|Moreau|Ben /.test(doctor.name))
      .map((doctor) => doctor.name)
      .sort();
    const doctorName = bookable.at(testInfo.project.name === "phone" ? -2 : -1);
    expect(doctorName, "a bookable doctor for this project").toBeTruthy();

    // Sign in.
    await page.goto(`/sign-in?next=${encodeURIComponent("/doctors")}`);
    await tabTo(page, page.getByLabel("Email"));
    await page.keyboard.type("patient@resq.test");
    await tabTo(page, page.getByLabel("Password"));
    await page.keyboard.type(DEMO_PASSWORD);
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/doctors$/);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();

    // Search the directory by name.
    await tabTo(page, page.getByLabel("Search doctors"));
    await page.keyboard.type(doctorName!);
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/doctors\?.*q=/);
    const result = page.getByRole("link", { name: doctorName, exact: true }).first();
    await tabTo(page, result);
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { level: 1, name: doctorName })).toBeVisible();
    await expectNoAxeViolations(page);

    // Choose the first free time and confirm.
    const firstTime = page.getByTestId("free-times").getByRole("link").first();
    await tabTo(page, firstTime);
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/patient\/book\?/);
    const confirm = page.getByRole("button", { name: "Confirm booking" });
    await tabTo(page, confirm);
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/patient\/book\/confirmed\?id=/);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test("the skip link is the first stop and moves the focus to the main content", async ({
    page,
  }) => {
    await page.goto("/doctors");
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: /skip to (main )?content/i });
    await expect(skip).toBeFocused();
    await expect(skip).toBeVisible();
    await page.keyboard.press("Enter");
    const focusedInMain = await page.evaluate(
      () => document.querySelector("main")?.contains(document.activeElement) ?? false,
    );
    expect(focusedInMain, "focus is inside <main> after the skip link").toBe(true);
  });
});
