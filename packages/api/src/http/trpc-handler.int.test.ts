import { beforeAll, describe, expect, it } from "vitest";

import { createTestDatabase, testDatabaseKind, type TestDatabase } from "@resq/db/testing";
import { afterAll } from "vitest";

import { createContext } from "../context";
import { restLogin } from "../rest/auth";
import { toErrorResponse } from "../rest/http";
import { testKeyring } from "../test-support";
import { REST_MAX_BODY_BYTES, TRPC_MAX_BODY_BYTES } from "./body-limit";
import { handleTrpcRequest } from "./trpc-handler";

let database: TestDatabase;
const keyring = testKeyring();
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.close();
});

const serve = (request: Request) =>
  handleTrpcRequest(request, {
    createContext: () => Promise.resolve(createContext({ db: database.db, keyring })),
  });

/** A body streamed in 1 MB chunks with no Content-Length, as a chunked upload arrives. */
function streamed(bytes: number): ReadableStream<Uint8Array> {
  let sent = 0;
  return new ReadableStream({
    pull(controller) {
      if (sent >= bytes) return controller.close();
      const size = Math.min(1024 * 1024, bytes - sent);
      sent += size;
      controller.enqueue(new Uint8Array(size).fill(32));
    },
  });
}

describe(`request body limits and outages on ${testDatabaseKind()}`, () => {
  it("answers a normal tRPC call, never cached", async () => {
    const response = await serve(new Request("http://x/api/trpc/reference.specialties"));
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
  });

  it("refuses a tRPC body over the limit with 413 before reading it (declared length)", async () => {
    const body = new Uint8Array(TRPC_MAX_BODY_BYTES + 1).fill(32);
    const response = await serve(
      new Request("http://x/api/trpc/auth.signIn", { method: "POST", body }),
    );
    expect(response.status).toBe(413);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toEqual({
      error: {
        code: "PAYLOAD_TOO_LARGE",
        message: "The request body is too large: at most 21 MB is accepted.",
      },
    });
  });

  it("cuts off a chunked tRPC body as soon as it passes the limit", async () => {
    const response = await serve(
      new Request("http://x/api/trpc/auth.signIn", {
        method: "POST",
        body: streamed(TRPC_MAX_BODY_BYTES + 5 * 1024 * 1024),
        // @ts-expect-error Node's fetch needs this for a streamed body
        duplex: "half",
      }),
    );
    expect(response.status).toBe(413);
  });

  it("refuses a REST body over 64 KB with 413 and the error envelope", async () => {
    const response = await restLogin(
      new Request("http://x/api/auth/login/", {
        method: "POST",
        body: JSON.stringify({ email: "a@b.org", password: "x".repeat(REST_MAX_BODY_BYTES) }),
      }),
      createContext({ db: database.db, keyring }),
    );
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({
      error: {
        code: "PAYLOAD_TOO_LARGE",
        message: "The request body is too large: at most 64 KB is accepted.",
      },
    });
  });

  it("answers 503 with a clear message and Retry-After when the database cannot be reached", async () => {
    const refused = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:1"), {
      code: "ECONNREFUSED",
    });
    const response = await handleTrpcRequest(
      new Request("http://x/api/trpc/reference.specialties"),
      { createContext: () => Promise.reject(refused) },
    );
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("5");
    const body = (await response.json()) as {
      error: { json: { message: string; data: { appCode: string } } };
    };
    expect(body.error.json.message).toMatch(/cannot reach its database/);
    expect(body.error.json.data.appCode).toBe("DATABASE_UNAVAILABLE");
  });

  it("answers 503 on REST too when the database cannot be reached (e.g. resolving the token)", async () => {
    const closed = Object.assign(new Error("write CONNECTION_CLOSED"), {
      code: "CONNECTION_CLOSED",
    });
    const response = toErrorResponse(closed, "en");
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("5");
    expect(await response.json()).toEqual({
      error: {
        code: "DATABASE_UNAVAILABLE",
        message: "RESQ cannot reach its database right now. Please try again in a moment.",
      },
    });
  });
});
