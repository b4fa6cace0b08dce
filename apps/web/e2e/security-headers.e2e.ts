import { expect, test, type Page } from "@playwright/test";

import { DEMO_PASSWORD, signIn } from "./helpers";

/** Collects the browser's CSP violation reports (console errors and securitypolicyviolation). */
function watchCspViolations(page: Page): string[] {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}

// Headers do not depend on the viewport: the desktop project runs this file (playwright.config.ts).
test.describe("web hardening headers", () => {
  test("every page carries a fresh CSP nonce that its scripts use, and the static headers", async ({
    request,
  }) => {
    const first = await request.get("/");
    const second = await request.get("/");
    const csp = first.headers()["content-security-policy"] ?? "";
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
    expect(nonce).toBeTruthy();
    expect(second.headers()["content-security-policy"]).not.toContain(nonce);
    const scriptSrc = csp.split("; ").find((d) => d.startsWith("script-src ")) ?? "";
    expect(scriptSrc).not.toContain("unsafe-inline");
    expect(scriptSrc).not.toContain("unsafe-eval");
    expect(csp).toContain("frame-ancestors 'none'");
    // Next.js put the nonce on every script it rendered.
    const html = await first.text();
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);

    const headers = first.headers();
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["x-frame-options"]).toBe("DENY");
    expect(headers["permissions-policy"]).toContain("camera=()");
    expect(headers["cache-control"]).toContain("no-store");
    // Served over http here (APP_URL unset): no HSTS, which browsers would ignore on http anyway.
    expect(headers["strict-transport-security"]).toBeUndefined();
    expect(headers["x-powered-by"]).toBeUndefined();
  });

  test("API answers with personal data are never cached", async ({ request }) => {
    const login = await request.post("/api/auth/login/", {
      data: { email: "patient@resq.test", password: DEMO_PASSWORD },
    });
    const { accessToken } = (await login.json()) as { accessToken: string };
    const auth = { Authorization: `Bearer ${accessToken}` };
    for (const path of [
      "/api/medical-records/records/",
      "/api/appointments/appointments/",
      "/api/trpc/account.listSessions",
      "/api/trpc/reference.specialties",
    ]) {
      const response = await request.get(path, { headers: auth });
      expect(response.headers()["cache-control"], path).toContain("no-store");
      expect(response.headers()["x-content-type-options"], path).toBe("nosniff");
    }
  });

  test("the session cookie is HttpOnly and SameSite=Lax (not Secure over plain http)", async ({
    request,
  }) => {
    const response = await request.post("/api/trpc/auth.signIn", {
      data: { json: { email: "patient@resq.test", password: DEMO_PASSWORD } },
    });
    expect(response.status()).toBe(200);
    const cookie = response.headersArray().find((h) => h.name.toLowerCase() === "set-cookie");
    const flags = (cookie?.value ?? "").split("; ");
    expect(flags[0]).toMatch(/^resq_session=[^;]+$/);
    expect(flags).toEqual(expect.arrayContaining(["HttpOnly", "SameSite=Lax", "Path=/"]));
    expect(flags).not.toContain("Secure");
  });

  test("oversized bodies answer 413 with a clear error, on tRPC and REST", async ({ request }) => {
    const trpc = await request.post("/api/trpc/auth.signIn", {
      headers: { "content-type": "application/json" },
      data: "x".repeat(21 * 1024 * 1024 + 1),
    });
    expect(trpc.status()).toBe(413);
    expect(await trpc.json()).toMatchObject({ error: { code: "PAYLOAD_TOO_LARGE" } });
    const rest = await request.post("/api/auth/login/", {
      headers: { "content-type": "application/json" },
      data: JSON.stringify({ email: "a@b.org", password: "x".repeat(70_000) }),
    });
    expect(rest.status()).toBe(413);
    expect(await rest.json()).toMatchObject({
      error: { code: "PAYLOAD_TOO_LARGE", message: expect.stringMatching(/64 KB/) },
    });
  });
});

test.describe("pages under the CSP", () => {
  test("public and signed-in pages run with no CSP violation", async ({ page }) => {
    const violations = watchCspViolations(page);
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await page.goto("/doctors");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await signIn(page, "patient@resq.test", DEMO_PASSWORD, "/patient/records");
    await expect(page).toHaveURL(/\/patient\/records$/);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    expect(violations).toEqual([]);
  });
});
