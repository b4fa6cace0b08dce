import { sqlStateOf } from "@resq/db/errors";

/** postgres.js / Node error codes that mean "the database cannot be reached", not "the query is wrong". */
const CONNECTION_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "EPIPE",
  "ETIMEDOUT",
  "CONNECT_TIMEOUT",
  "CONNECTION_CLOSED",
  "CONNECTION_ENDED",
  "CONNECTION_DESTROYED",
]);

/**
 * Whether an error means the database is down or restarting: connection failures, SQLSTATE class 08
 * (connection exception) and 57P01–57P03 (admin shutdown, crash shutdown, cannot connect now).
 * Such a request did not reach the point of writing anything the client must know about, so it is
 * answered 503 and may be retried, instead of a generic 500.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  const state = sqlStateOf(error);
  if (state && (state.startsWith("08") || /^57P0[123]$/.test(state))) return true;
  for (let current = error, depth = 0; current && depth < 6; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string" && CONNECTION_CODES.has(code)) return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}

export const DATABASE_RETRY_SECONDS = 5;
