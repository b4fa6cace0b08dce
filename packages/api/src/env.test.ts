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
});
