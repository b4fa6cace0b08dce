import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";

import { users } from "@resq/db/schema";
import { testDatabaseKind } from "@resq/db/testing";

import { resolveCaller } from "../../auth/caller";
import { bearerContext, failureOf, seededTestApi, signedInAs } from "../../test-support";

const app = seededTestApi();

const savedLocale = async (email: string) =>
  (await app.db.select({ locale: users.locale }).from(users).where(eq(users.email, email)))[0]
    ?.locale;

describe(`account.setLocale on ${testDatabaseKind()}`, () => {
  it("saves the chosen language in the caller's own profile only", async () => {
    const patient = await signedInAs(app, "patient@resq.test");
    await expect((await patient.api()).account.setLocale({ locale: "es" })).resolves.toEqual({
      locale: "es",
    });
    expect(await savedLocale("patient@resq.test")).toBe("es");
    expect((await (await patient.api()).account.me())?.locale).toBe("es");
    expect(await savedLocale("doctor@resq.test")).toBe("en");

    await (await patient.api()).account.setLocale({ locale: "en" });
    expect(await savedLocale("patient@resq.test")).toBe("en");
  });

  it("comes with the caller, from a session or a bearer token, so pages need no extra query", async () => {
    const patient = await signedInAs(app, "patient2@resq.test");
    const session = () =>
      resolveCaller(app.db, app.keyring, { sessionToken: patient.sessionToken });
    expect((await session())?.locale).toBe("en");
    await (await patient.api()).account.setLocale({ locale: "es" });
    expect((await session())?.locale).toBe("es");
    expect((await bearerContext(app, "patient2@resq.test")).caller?.locale).toBe("es");
    await (await patient.api()).account.setLocale({ locale: "en" });
    expect((await session())?.locale).toBe("en");
  });

  it("refuses a language RESQ does not speak, and writes nothing", async () => {
    const doctor = await signedInAs(app, "doctor@resq.test");
    for (const locale of ["fr", "es-MX", "", 7]) {
      const failure = await failureOf((await doctor.api()).account.setLocale({ locale } as never));
      expect(failure.code).toBe("BAD_REQUEST");
    }
    expect(await savedLocale("doctor@resq.test")).toBe("en");
  });

  it("is not callable without a session", async () => {
    const failure = await failureOf(
      (await app.browser().api()).account.setLocale({ locale: "es" }),
    );
    expect(failure.code).toBe("UNAUTHORIZED");
  });
});
