import "server-only";

import type { Caller } from "@resq/api";

/**
 * The signed-in principal of the current request. Sessions arrive with the accounts feature; until
 * then every request is anonymous, so every role-gated procedure and page refuses it.
 */
export function currentCaller(_headers: Headers): Promise<Caller | null> {
  return Promise.resolve(null);
}
