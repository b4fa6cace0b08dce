import "server-only";

import { resolveCaller, type Caller } from "@resq/api";

import { database } from "./db";
import { keyring } from "./runtime";
import { bearerTokenFrom, sessionTokenFrom } from "./session-cookie";

/** The signed-in principal of a request: bearer token (API clients) or session cookie (browser). */
export async function currentCaller(headers: Headers): Promise<Caller | null> {
  const sessionToken = sessionTokenFrom(headers.get("cookie"));
  const bearerToken = bearerTokenFrom(headers.get("authorization"));
  if (!sessionToken && !bearerToken) return null;
  return resolveCaller(await database(), await keyring(), { sessionToken, bearerToken });
}
