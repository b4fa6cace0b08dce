import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";

import { createTestDatabase, testDatabaseKind, type TestDatabase } from "@resq/db/testing";

import { createContext } from "./context";
import { testKeyring } from "./test-support";
import { createRouter, publicProcedure } from "./trpc";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.close();
});

const router = createRouter({
  register: publicProcedure
    .input(
      z.object({
        email: z.email("Enter a valid email address"),
        name: z.string().min(1, "Enter your name"),
      }),
    )
    .mutation(({ input }) => input.email),
  broken: publicProcedure.query(() => {
    throw new Error("select * from secrets where token = 'abc123'");
  }),
});

/** Calls the router over real HTTP semantics (Request in, Response out), as the web app does. */
function post(path: string, body: unknown) {
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req: new Request(`http://localhost/api/trpc/${path}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ json: body }),
    }),
    router,
    createContext: () => createContext({ db: database.db, keyring: testKeyring() }),
  });
}

describe(`error format over HTTP on ${testDatabaseKind()}`, () => {
  it("names each invalid field with its message and answers 400", async () => {
    const response = await post("register", { email: "not-an-email", name: "" });
    expect(response.status).toBe(400);
    const body = (await response.json()) as {
      error: { json: { data: { fields: Record<string, string> } } };
    };
    expect(body.error.json.data.fields).toEqual({
      email: "Enter a valid email address",
      name: "Enter your name",
    });
  });

  it("hides internal error details from clients", async () => {
    const response = await fetchRequestHandler({
      endpoint: "/api/trpc",
      req: new Request("http://localhost/api/trpc/broken"),
      router,
      createContext: () => createContext({ db: database.db, keyring: testKeyring() }),
    });
    expect(response.status).toBe(500);
    const text = await response.text();
    expect(text).toContain("Something went wrong on our side.");
    expect(text).not.toContain("abc123");
    expect(text).not.toContain("stack");
  });
});
