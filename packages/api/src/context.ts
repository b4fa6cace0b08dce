import type { Database } from "@resq/db/client";
import type { UserRole } from "@resq/db/schema";

/** The authenticated principal behind a request (from the session cookie or a bearer token). */
export interface Caller {
  userId: string;
  role: UserRole;
  email: string;
  name: string;
}

/** Where a request came from, for audit and throttling. Never trusted for authorization. */
export interface RequestMeta {
  ip: string | null;
  userAgent: string | null;
}

export interface Context {
  db: Database;
  caller: Caller | null;
  request: RequestMeta;
}

export interface CreateContextOptions {
  db: Database;
  caller?: Caller | null;
  request?: Partial<RequestMeta>;
}

export function createContext({ db, caller = null, request = {} }: CreateContextOptions): Context {
  return {
    db,
    caller,
    request: { ip: request.ip ?? null, userAgent: request.userAgent ?? null },
  };
}
