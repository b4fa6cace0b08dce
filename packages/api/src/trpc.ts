import { initTRPC, TRPCError } from "@trpc/server";
import superjson from "superjson";
import { z, ZodError } from "zod";

import type { UserRole } from "@resq/db/schema";

import type { Caller, Context } from "./context";

/**
 * Who may call a procedure. Every procedure must declare one; a procedure without it is refused
 * (fail closed), and the authorization matrix test walks the router and reads these.
 */
export type Access = { public: true } | { roles: readonly [UserRole, ...UserRole[]] };

export interface Meta {
  access?: Access;
}

/** Error details a client can act on, beside tRPC's own code. */
export interface AppErrorData {
  /** A stable, documented code such as SLOT_UNAVAILABLE or INVALID_CREDENTIALS. */
  appCode: string | null;
  /** Validation messages by field path ("startsAt", "address.city"). */
  fields: Record<string, string> | null;
}

/** A TRPCError that also carries a stable application code for clients (REST and web). */
export class AppError extends TRPCError {
  readonly appCode: string;
  readonly fields: Record<string, string> | null;
  constructor(
    code: TRPCError["code"],
    appCode: string,
    message: string,
    fields: Record<string, string> | null = null,
  ) {
    super({ code, message });
    this.appCode = appCode;
    this.fields = fields;
  }
}

/** The first message for each invalid field, keyed by its dotted path. */
export function fieldErrors(error: ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.map(String).join(".") : "_";
    fields[key] ??= issue.message;
  }
  return fields;
}

const t = initTRPC
  .context<Context>()
  .meta<Meta>()
  .create({
    transformer: superjson,
    errorFormatter({ shape, error }) {
      const cause = error.cause;
      const data: AppErrorData = {
        appCode: error instanceof AppError ? error.appCode : null,
        fields:
          cause instanceof ZodError
            ? fieldErrors(cause)
            : error instanceof AppError
              ? error.fields
              : null,
      };
      // Never send internal details (SQL, stack) to clients; the server log has them.
      const message =
        error.code === "INTERNAL_SERVER_ERROR"
          ? "Something went wrong on our side."
          : shape.message;
      const { stack: _stack, ...rest } = shape.data;
      return { ...shape, message, data: { ...rest, ...data } };
    },
  });

export const createRouter = t.router;
export const mergeRouters = t.mergeRouters;
export const createCallerFactory = t.createCallerFactory;

/** Refuses any call the procedure's declared access does not allow; undeclared = refused. */
const enforceAccess = t.middleware(({ meta, ctx, next }) => {
  const access = meta?.access;
  if (!access) {
    throw new TRPCError({
      code: "FORBIDDEN",
      message: "This procedure declares no access policy, so nobody may call it.",
    });
  }
  if ("public" in access) return next();
  if (!ctx.caller) {
    throw new TRPCError({ code: "UNAUTHORIZED", message: "Please sign in to continue." });
  }
  if (!access.roles.includes(ctx.caller.role)) {
    throw new TRPCError({ code: "FORBIDDEN", message: "Your account cannot do this." });
  }
  return next();
});

/**
 * The only procedure builder the routers use. It enforces access on every call, so forgetting to
 * declare one refuses the call rather than allowing it.
 */
export const procedure = t.procedure.use(enforceAccess);

/** Anyone, signed in or not. */
export const publicProcedure = procedure.meta({ access: { public: true } });

/** Signed-in callers with one of the given roles; `ctx.caller` is non-null inside. */
export function roleProcedure(...roles: [UserRole, ...UserRole[]]) {
  return procedure.meta({ access: { roles } }).use(({ ctx, next }) => {
    // enforceAccess has already refused anonymous callers; this narrows the type for handlers.
    if (!ctx.caller) throw new TRPCError({ code: "UNAUTHORIZED" });
    return next({ ctx: { ...ctx, caller: ctx.caller satisfies Caller } });
  });
}

export const patientProcedure = roleProcedure("patient");
export const doctorProcedure = roleProcedure("doctor");
export const adminProcedure = roleProcedure("admin");
export const signedInProcedure = roleProcedure("patient", "doctor", "admin");

export { z };
