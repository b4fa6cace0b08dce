import { describe, expect, it } from "vitest";

import { secretFromManualKey, totpCodeAt } from "@resq/auth/totp";
import { DEMO_PASSWORD } from "@resq/db/seed";
import { testDatabaseKind } from "@resq/db/testing";

import { resolveCaller } from "../auth/caller";
import { createContext } from "../context";
import { seededTestApi } from "../test-support";
import { restLogin, restLogout, restRefresh } from "./auth";

const app = seededTestApi();

/** One REST call through the real handler: a Fetch Request in, a Fetch Response out. */
async function post(handler: typeof restLogin, path: string, body: unknown, ip = "203.0.113.7") {
  const request = new Request(`http://localhost${path}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
  const response = await handler(
    request,
    createContext({ db: app.db, keyring: app.keyring, request: { ip, userAgent: "rest-test" } }),
  );
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    body: text ? (JSON.parse(text) as Record<string, unknown>) : null,
  };
}

interface TokenBody {
  accessToken: string;
  refreshToken: string;
  tokenType: string;
  expiresIn: number;
  user: { id: string; email: string; role: string; name: string };
}

describe(`REST auth (design.md contract) on ${testDatabaseKind()}`, () => {
  it("POST /api/auth/login/ answers 200 with a bearer pair that authenticates the API", async () => {
    const { status, body, headers } = await post(restLogin, "/api/auth/login/", {
      email: "patient@resq.test",
      password: DEMO_PASSWORD,
    });
    expect(status).toBe(200);
    expect(headers.get("cache-control")).toBe("no-store");
    const tokens = body as unknown as TokenBody;
    expect(tokens).toMatchObject({
      tokenType: "Bearer",
      expiresIn: 900,
      user: { email: "patient@resq.test", role: "patient", name: "Alex Rivera" },
    });
    expect(tokens.accessToken.split(".")).toHaveLength(3);
    expect(Object.keys(tokens.user).sort()).toEqual(["email", "id", "name", "role"]);
    const caller = await resolveCaller(app.db, app.keyring, { bearerToken: tokens.accessToken });
    expect(caller).toMatchObject({
      userId: tokens.user.id,
      role: "patient",
      via: { kind: "token" },
    });
    expect(
      await resolveCaller(app.db, app.keyring, { bearerToken: `${tokens.accessToken}x` }),
    ).toBeNull();
  });

  it("answers 401 INVALID_CREDENTIALS the same for a wrong password and an unknown email", async () => {
    const wrong = await post(restLogin, "/api/auth/login/", {
      email: "patient2@resq.test",
      password: "nope nope nope",
    });
    const unknown = await post(restLogin, "/api/auth/login/", {
      email: "nobody@resq.test",
      password: "nope nope nope",
    });
    expect(wrong.status).toBe(401);
    expect(wrong.body).toEqual(unknown.body);
    expect(wrong.body).toEqual({
      error: { code: "INVALID_CREDENTIALS", message: "The email or password is not right." },
    });
  });

  it("answers 400 naming the field for a bad body, and for malformed JSON", async () => {
    const bad = await post(restLogin, "/api/auth/login/", { email: "not-an-email" });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({
      error: {
        code: "VALIDATION_FAILED",
        fields: { email: expect.any(String) as unknown, password: expect.any(String) as unknown },
      },
    });
    const garbled = await post(restLogin, "/api/auth/login/", "{not json");
    expect(garbled.status).toBe(400);
  });

  it("rotates refresh tokens; a reused one revokes the whole family", async () => {
    const login = (
      await post(restLogin, "/api/auth/login/", {
        email: "doctor@resq.test",
        password: DEMO_PASSWORD,
      })
    ).body as unknown as TokenBody;
    const first = await post(restRefresh, "/api/auth/refresh/", {
      refreshToken: login.refreshToken,
    });
    expect(first.status).toBe(200);
    const rotated = first.body as unknown as TokenBody;
    expect(rotated).toMatchObject({ tokenType: "Bearer", expiresIn: 900 });
    expect(rotated.refreshToken).not.toBe(login.refreshToken);

    // The old token was used: presenting it again is theft; the family dies, the new token too.
    const reuse = await post(restRefresh, "/api/auth/refresh/", {
      refreshToken: login.refreshToken,
    });
    expect(reuse.status).toBe(401);
    expect(reuse.body).toMatchObject({ error: { code: "INVALID_REFRESH_TOKEN" } });
    expect(
      (await post(restRefresh, "/api/auth/refresh/", { refreshToken: rotated.refreshToken }))
        .status,
    ).toBe(401);
    expect(
      await resolveCaller(app.db, app.keyring, { bearerToken: rotated.accessToken }),
    ).toBeNull();
  });

  it("logs out with 204; the refresh and access tokens stop working", async () => {
    const login = (
      await post(restLogin, "/api/auth/login/", {
        email: "doctor2@resq.test",
        password: DEMO_PASSWORD,
      })
    ).body as unknown as TokenBody;
    const out = await post(restLogout, "/api/auth/logout/", { refreshToken: login.refreshToken });
    expect(out.status).toBe(204);
    expect(out.body).toBeNull();
    expect(
      (await post(restRefresh, "/api/auth/refresh/", { refreshToken: login.refreshToken })).status,
    ).toBe(401);
    expect(await resolveCaller(app.db, app.keyring, { bearerToken: login.accessToken })).toBeNull();
    expect((await post(restLogout, "/api/auth/logout/", { refreshToken: "unknown" })).status).toBe(
      204,
    );
  });

  it("asks for the TOTP code with 401 MFA_REQUIRED when the account uses MFA", async () => {
    const browser = app.browser();
    await (await browser.api()).auth.signIn({ email: "admin@resq.test", password: DEMO_PASSWORD });
    const enrolment = await (
      await browser.api()
    ).account.beginMfaEnrolment({ password: DEMO_PASSWORD });
    const secret = secretFromManualKey(enrolment.manualKey);
    await (
      await browser.api()
    ).account.confirmMfaEnrolment({ code: totpCodeAt(secret, new Date()) });

    const noCode = await post(restLogin, "/api/auth/login/", {
      email: "admin@resq.test",
      password: DEMO_PASSWORD,
    });
    expect(noCode.status).toBe(401);
    expect(noCode.body).toMatchObject({ error: { code: "MFA_REQUIRED" } });
    expect(
      (
        await post(restLogin, "/api/auth/login/", {
          email: "admin@resq.test",
          password: DEMO_PASSWORD,
          totpCode: "000000",
        })
      ).status,
    ).toBe(401);
    const withCode = await post(restLogin, "/api/auth/login/", {
      email: "admin@resq.test",
      password: DEMO_PASSWORD,
      totpCode: totpCodeAt(secret, new Date(Date.now() + 30_000)),
    });
    expect(withCode.status).toBe(200);
  });

  it("throttles with 429 and Retry-After", async () => {
    let last: Awaited<ReturnType<typeof post>> | undefined;
    for (let i = 0; i < 10; i++) {
      last = await post(
        restLogin,
        "/api/auth/login/",
        { email: "patient2@resq.test", password: `wrong ${i}` },
        `198.51.100.${i}`,
      );
      if (last.status === 429) break;
    }
    expect(last?.status).toBe(429);
    expect(Number(last?.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(last?.body).toMatchObject({ error: { code: "RATE_LIMITED" } });
  });
});
