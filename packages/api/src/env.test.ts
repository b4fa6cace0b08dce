import { describe, expect, it } from "vitest";

import { readApiEnv } from "./env";

describe("API configuration", () => {
  it("links to this machine's port when APP_URL is not set", () => {
    expect(readApiEnv({}).APP_URL).toBe("http://localhost:3000");
    expect(readApiEnv({ PORT: "3210" }).APP_URL).toBe("http://localhost:3210");
    expect(readApiEnv({ APP_URL: "https://care.example.org/", PORT: "3210" }).APP_URL).toBe(
      "https://care.example.org",
    );
  });

  it("uses the outbox unless a Resend key is set", () => {
    expect(readApiEnv({}).RESEND_API_KEY).toBeUndefined();
    expect(readApiEnv({ RESEND_API_KEY: "re_123" }).RESEND_API_KEY).toBe("re_123");
  });

  it("uses the demo card processor unless Stripe is configured, and needs the webhook secret with it", () => {
    expect(readApiEnv({}).STRIPE_SECRET_KEY).toBeUndefined();
    expect(
      readApiEnv({ STRIPE_SECRET_KEY: "sk_test_abc", STRIPE_WEBHOOK_SECRET: "whsec_abc" }),
    ).toMatchObject({ STRIPE_SECRET_KEY: "sk_test_abc", STRIPE_WEBHOOK_SECRET: "whsec_abc" });
    expect(() => readApiEnv({ STRIPE_SECRET_KEY: "sk_test_abc" })).toThrow(/STRIPE_WEBHOOK_SECRET/);
    expect(() =>
      readApiEnv({ STRIPE_SECRET_KEY: "pk_test_abc", STRIPE_WEBHOOK_SECRET: "whsec_abc" }),
    ).toThrow(/secret key/);
  });
});
