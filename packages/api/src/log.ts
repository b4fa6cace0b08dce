import { sqlStateOf } from "@resq/db/errors";

/**
 * A loggable description of an unexpected error that leaves out its message: database errors carry
 * the failed SQL with its parameters, which may hold clinical text, tokens or codes.
 */
export function describeErrorForLog(error: unknown): string {
  const root = rootCause(error);
  const name = root instanceof Error ? root.name : typeof root;
  const sqlState = sqlStateOf(error);
  const frames =
    root instanceof Error && root.stack ? root.stack.split("\n").slice(1, 6).join("\n") : "";
  return `${name}${sqlState ? ` (SQLSTATE ${sqlState})` : ""}${frames ? `\n${frames}` : ""}`;
}

function rootCause(error: unknown): unknown {
  let current = error;
  for (let depth = 0; depth < 5; depth++) {
    const cause = (current as { cause?: unknown } | null)?.cause;
    if (!cause) break;
    current = cause;
  }
  return current;
}
