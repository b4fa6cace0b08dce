/**
 * Error messages in the caller's language, through the real transports (the API's fetch handler:
 * tRPC with its error formatter, and the REST routes): a signed-in caller's saved language, else the
 * request's (language cookie, else Accept-Language). English callers get the English unchanged.
 */
import { randomUUID } from "node:crypto";

import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";

import { SESSION_COOKIE } from "@resq/auth/session";
import { users } from "@resq/db/schema";
import { DEMO_PASSWORD } from "@resq/db/seed";
import { testDatabaseKind } from "@resq/db/testing";

import { createApiHandler } from "../http/api-handler";
import { LOCALE_COOKIE } from "../locales";
import { seededTestApi, signedInAs } from "../test-support";

const app = seededTestApi();

let clientNumber = 0;
/** Each call from its own address, so the sign-in throttles of one test do not reach another. */
async function call(path: string, init: RequestInit = {}) {
  const handler = createApiHandler({ handle: app.database, keyring: app.keyring });
  const response = await handler(new Request(`http://localhost${path}`, init), {
    ip: `198.51.100.${++clientNumber}`,
  });
  const text = await response.text();
  return { status: response.status, body: text ? (JSON.parse(text) as unknown) : null };
}

interface TrpcFailure {
  error: {
    json: { message: string; data: { appCode: string | null; fields: Record<string, string> } };
  };
}

/** A tRPC mutation over HTTP (superjson), failing: its message, appCode and fields. */
async function trpcFailure(procedure: string, input: unknown, headers: Record<string, string>) {
  const { status, body } = await call(`/api/trpc/${procedure}`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ json: input }),
  });
  const { message, data } = (body as TrpcFailure).error.json;
  return { status, message, appCode: data.appCode, fields: data.fields };
}

/** Saves the language a demo account reads RESQ in (users.locale, as account.setLocale does). */
async function readsIn(email: string, locale: "en" | "es") {
  await app.db.update(users).set({ locale }).where(eq(users.email, email));
}

/** The session cookie of a browser signed in to a demo account through the real procedures. */
async function sessionCookie(email: string) {
  const browser = await signedInAs(app, email);
  return `${SESSION_COOKIE}=${browser.sessionToken}`;
}

/** A REST bearer token for a demo account, from the real login endpoint. */
async function bearer(email: string): Promise<string> {
  const { body } = await call("/api/auth/login/", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  });
  return `Bearer ${(body as { accessToken: string }).accessToken}`;
}

const wrongPassword = {
  currentPassword: "not my password at all",
  newPassword: "Lantern harbour 88!",
};

describe(`error messages in the caller's language on ${testDatabaseKind()}`, () => {
  it("tRPC: a signed-in Spanish reader gets Spanish, field messages too, whatever their browser asks", async () => {
    await readsIn("patient2@resq.test", "es");
    const cookie = await sessionCookie("patient2@resq.test");
    const failure = await trpcFailure("account.changePassword", wrongPassword, {
      cookie,
      "accept-language": "en-US,en;q=0.9",
    });
    expect(failure).toEqual({
      status: 400,
      message: "Su contraseña actual no es correcta.",
      appCode: "INVALID_PASSWORD",
      fields: { currentPassword: "Su contraseña actual no es correcta." },
    });
  });

  it("tRPC: an English reader gets the English unchanged, even from a Spanish browser", async () => {
    await readsIn("patient@resq.test", "en");
    const cookie = await sessionCookie("patient@resq.test");
    const failure = await trpcFailure("account.changePassword", wrongPassword, {
      cookie,
      "accept-language": "es-ES,es;q=0.9",
    });
    expect(failure).toEqual({
      status: 400,
      message: "Your current password is not right.",
      appCode: "INVALID_PASSWORD",
      fields: { currentPassword: "Your current password is not right." },
    });
  });

  it("tRPC: a visitor is answered in their browser's language (cookie, else Accept-Language)", async () => {
    // An unknown email is answered as a known one is (and spends no demo account's free failures).
    const signIn = { email: "visitor@resq.test", password: "not the password" };
    const english = "The email or password is not right.";
    const spanish = "El correo electrónico o la contraseña no son correctos.";
    expect((await trpcFailure("auth.signIn", signIn, { "accept-language": "es-MX" })).message).toBe(
      spanish,
    );
    expect(
      (await trpcFailure("auth.signIn", signIn, { cookie: `${LOCALE_COOKIE}=es` })).message,
    ).toBe(spanish);
    expect((await trpcFailure("auth.signIn", signIn, { "accept-language": "en-GB" })).message).toBe(
      english,
    );
    // No language asked for: English.
    expect((await trpcFailure("auth.signIn", signIn, {})).message).toBe(english);
  });

  it("tRPC: a fail-closed refusal and a validation failure are in Spanish too", async () => {
    const { status, body } = await call("/api/trpc/account.me", {
      headers: { "accept-language": "es" },
    });
    expect(status).toBe(401);
    expect((body as TrpcFailure).error.json.message).toBe("Inicie sesión para continuar.");

    const invalid = await trpcFailure(
      "auth.signIn",
      { email: "not an email", password: "" },
      { "accept-language": "es" },
    );
    expect(invalid.status).toBe(400);
    expect(invalid.message).toBe("Algunos campos no son válidos.");
    // Field messages from the input schema stay as they are: the web forms translate them.
    expect(Object.keys(invalid.fields)).toContain("email");
  });

  it("REST: a Spanish caller gets Spanish in the error envelope; an English one, the English", async () => {
    const login = (language: string) =>
      call("/api/auth/login/", {
        method: "POST",
        headers: { "content-type": "application/json", "accept-language": language },
        body: JSON.stringify({ email: "rest-visitor@resq.test", password: "wrong password" }),
      });
    expect(await login("es")).toEqual({
      status: 401,
      body: {
        error: {
          code: "INVALID_CREDENTIALS",
          message: "El correo electrónico o la contraseña no son correctos.",
        },
      },
    });
    expect(await login("en")).toEqual({
      status: 401,
      body: {
        error: { code: "INVALID_CREDENTIALS", message: "The email or password is not right." },
      },
    });
  });

  it("REST: a bearer caller is answered in their saved language; values are filled in", async () => {
    // No Accept-Language sent: the saved language decides.
    await readsIn("patient2@resq.test", "es");
    await readsIn("patient@resq.test", "en");
    const notFound = async (email: string) =>
      call(`/api/medical-records/records/${randomUUID()}/`, {
        headers: { authorization: await bearer(email) },
      });
    expect(await notFound("patient2@resq.test")).toEqual({
      status: 404,
      body: {
        error: {
          code: "NOT_FOUND",
          message: "Ese registro no existe o usted no tiene acceso a él.",
        },
      },
    });
    expect(await notFound("patient@resq.test")).toEqual({
      status: 404,
      body: { error: { code: "NOT_FOUND", message: "No such record, or it is not yours to see." } },
    });

    const tooLarge = (language: string) =>
      call("/api/auth/login/", {
        method: "POST",
        headers: { "content-type": "application/json", "accept-language": language },
        body: JSON.stringify({ email: "a@b.org", password: "x".repeat(70 * 1024) }),
      });
    expect((await tooLarge("es")).body).toEqual({
      error: {
        code: "PAYLOAD_TOO_LARGE",
        message: "El cuerpo de la solicitud es demasiado grande: se aceptan como máximo 64 KB.",
      },
    });
    expect((await tooLarge("en")).body).toEqual({
      error: {
        code: "PAYLOAD_TOO_LARGE",
        message: "The request body is too large: at most 64 KB is accepted.",
      },
    });
  });

  it("REST: an unknown route and invalid input answer in the request's language", async () => {
    expect((await call("/api/nowhere/", { headers: { "accept-language": "es" } })).body).toEqual({
      error: { code: "NOT_FOUND", message: "Esa dirección de la API no existe." },
    });
    const invalid = await call("/api/auth/login/", {
      method: "POST",
      headers: { "content-type": "application/json", "accept-language": "es" },
      body: JSON.stringify({ email: 7 }),
    });
    expect(invalid.status).toBe(400);
    expect(invalid.body).toMatchObject({
      error: { code: "VALIDATION_FAILED", message: "Algunos campos no son válidos." },
    });
  });
});
