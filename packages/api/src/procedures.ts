import type { AnyRouter } from "@trpc/server";

import type { Meta } from "./trpc";

export interface ProcedureInfo {
  path: string;
  type: "query" | "mutation" | "subscription";
  meta: Meta | undefined;
  /** The input validators (zod schemas), for tests that generate inputs (fuzzing). */
  inputs: unknown[];
}

/** Every procedure of a router with its declared access, for the authorization tests. */
export function listProcedures(router: AnyRouter): ProcedureInfo[] {
  const procedures = router._def.procedures as Record<
    string,
    { _def: { type: ProcedureInfo["type"]; meta?: Meta; inputs?: unknown[] } }
  >;
  return Object.entries(procedures).map(([path, procedure]) => ({
    path,
    type: procedure._def.type,
    meta: procedure._def.meta,
    inputs: procedure._def.inputs ?? [],
  }));
}
