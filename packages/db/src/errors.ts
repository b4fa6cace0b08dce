/** Postgres SQLSTATE codes RESQ reacts to. */
export const SqlState = {
  uniqueViolation: "23505",
  foreignKeyViolation: "23503",
  exclusionViolation: "23P01",
  serializationFailure: "40001",
} as const;

/**
 * The SQLSTATE of a database error, from postgres.js, PGlite, or either wrapped in Drizzle's
 * DrizzleQueryError (which puts the driver's error on `cause`).
 */
export function sqlStateOf(error: unknown): string | undefined {
  for (let current = error, depth = 0; current && depth < 5; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string" && /^[0-9A-Z]{5}$/.test(code)) return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}
