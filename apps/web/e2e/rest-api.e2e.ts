import { expect, test } from "@playwright/test";

// The REST API for outside clients, over real HTTP against the built server (design.md's table).
test.describe("REST API", () => {
  test("login, refresh and logout behave as the contract says, at their trailing-slash paths", async ({
    request,
  }) => {
    const login = await request.post("/api/auth/login/", {
      data: { email: "patient@resq.test", password: "Demo-Passw0rd!" },
    });
    expect(login.status()).toBe(200);
    const tokens = (await login.json()) as {
      accessToken: string;
      refreshToken: string;
      tokenType: string;
      expiresIn: number;
      user: { email: string; role: string };
    };
    expect(tokens).toMatchObject({
      tokenType: "Bearer",
      expiresIn: 900,
      user: { email: "patient@resq.test", role: "patient" },
    });
    expect(login.headers()["cache-control"]).toBe("no-store");

    const refreshed = await request.post("/api/auth/refresh/", {
      data: { refreshToken: tokens.refreshToken },
    });
    expect(refreshed.status()).toBe(200);
    const pair = (await refreshed.json()) as { refreshToken: string };
    const reused = await request.post("/api/auth/refresh/", {
      data: { refreshToken: tokens.refreshToken },
    });
    expect(reused.status()).toBe(401);
    expect(await reused.json()).toMatchObject({ error: { code: "INVALID_REFRESH_TOKEN" } });
    // Reuse revoked the family: the newest token is dead too.
    expect(
      (
        await request.post("/api/auth/refresh/", { data: { refreshToken: pair.refreshToken } })
      ).status(),
    ).toBe(401);

    const again = (await (
      await request.post("/api/auth/login/", {
        data: { email: "patient@resq.test", password: "Demo-Passw0rd!" },
      })
    ).json()) as { refreshToken: string };
    const logout = await request.post("/api/auth/logout/", {
      data: { refreshToken: again.refreshToken },
    });
    expect(logout.status()).toBe(204);
  });

  test("wrong credentials answer 401 with the error envelope", async ({ request }) => {
    const response = await request.post("/api/auth/login/", {
      data: { email: "patient@resq.test", password: "not it at all" },
    });
    expect(response.status()).toBe(401);
    expect(await response.json()).toEqual({
      error: { code: "INVALID_CREDENTIALS", message: "The email or password is not right." },
    });
  });

  test("describes itself at /api/openapi.json", async ({ request }) => {
    const document = (await (await request.get("/api/openapi.json")).json()) as {
      openapi: string;
      paths: Record<string, unknown>;
    };
    expect(document.openapi).toMatch(/^3\./);
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining(["/api/auth/login/", "/api/auth/refresh/", "/api/auth/logout/"]),
    );
  });

  test("refuses a cookie-carrying mutation from another origin (CSRF)", async ({ request }) => {
    const response = await request.post("/api/trpc/auth.signOut", {
      headers: {
        origin: "https://evil.example",
        cookie: "resq_session=abcdefghijklmnopqrstuvwxyz234567",
        "content-type": "application/json",
      },
      data: {},
    });
    expect(response.status()).toBe(403);
  });
});
