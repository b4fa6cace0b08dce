import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/**
 * Asserts that axe finds no WCAG 2.1 A/AA violation on the page as it is now, once the page has
 * settled: finite animations finished (a toast fading in is judged at full opacity, not half way)
 * and the document titled (React re-inserts <title> while a refreshed route streams in).
 */
export async function expectNoAxeViolations(page: Page) {
  await page.waitForFunction(() => document.title.trim().length > 0);
  await page.waitForFunction(() =>
    document
      .getAnimations()
      .every(
        (animation) =>
          animation.playState !== "running" ||
          animation.effect?.getComputedTiming().endTime === Number.POSITIVE_INFINITY,
      ),
  );
  // Legacy mode runs axe inside the page itself. The default finishes each run in a fresh blank
  // page of the same context, and on this machine that extra page now and then never finished
  // opening (Chromium 156, several contexts per test), hanging the test. RESQ has no iframes, which
  // is all the default mode adds.
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"])
    .setLegacyMode(true)
    .analyze();
  const summary = results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(" ")).join("\n  ")}`,
  );
  expect(summary, "axe violations").toEqual([]);
}
