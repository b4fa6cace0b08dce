import { initTRPC, TRPCError } from "@trpc/server";
import superjson from "superjson";
import { z, ZodError } from "zod";

import type { UserRole } from "@resq/db/schema";

import { callerLocale, gateOf, type Caller, type CallerGate, type Context } from "./context";
import { DATABASE_RETRY_SECONDS, isDatabaseUnavailable } from "./http/outage";
import { errorText, type ErrorValue, type ErrorValues } from "./i18n/errors";
import type { Placeholders } from "./i18n/text";
import { DEFAULT_LOCALE, type Locale } from "./locales";

/**
 * Who may call a procedure. Every procedure must declare one; a procedure without it is refused
 * (fail closed), and the authorization matrix test walks the router and reads these.
 */
export type Access =
  | { public: true }
  | {
      roles: readonly [UserRole, ...UserRole[]];
      /**
       * Sign-in gates a caller may still be at and call this (e.g. verifying their email).
       * By default only fully signed-in callers may.
       */
      allowGates?: readonly Exclude<CallerGate, "full">[];
    };

export interface Meta {
  access?: Access;
}

/** Error details a client can act on, beside tRPC's own code. */
export interface AppErrorData {
  /** A stable, documented code such as SLOT_UNAVAILABLE or INVALID_CREDENTIALS. */
  appCode: string | null;
  /** Validation messages by field path ("startsAt", "address.city"). */
  fields: Record<string, string> | null;
  /** With TOO_MANY_REQUESTS: when to try again. */
  retryAfterSeconds: number | null;
  /** What else a client can act on, e.g. `alternatives` (free times) with SLOT_UNAVAILABLE. */
  details: Record<string, unknown> | null;
}

/** What an AppError carries besides its message. */
interface AppErrorExtra {
  /** Messages by field; like the message, English texts with the message's {placeholders}. */
  fields?: Record<string, string>;
  retryAfterSeconds?: number;
  details?: Record<string, unknown>;
}

/** The trailing argument: `values` are required, and typed, when the message has {placeholders}. */
type AppErrorExtraArgs<Message extends string> = [Placeholders<Message>] extends [never]
  ? [extra?: AppErrorExtra]
  : [extra: AppErrorExtra & { values: Record<Placeholders<Message>, ErrorValue> }];

/**
 * A TRPCError that also carries a stable application code for clients (REST and web). The message
 * is English (i18n/errors.ts translates it for the caller at the edge); one with values is a
 * template: `new AppError("CONFLICT", "INVOICE_ALREADY_PAID", "Invoice {number} is already paid.",
 * { values: { number } })`. `message` and `fields` hold the English with the values filled in.
 */
export class AppError<Message extends string = string> extends TRPCError {
  readonly appCode: string;
  readonly fields: Record<string, string> | null;
  readonly retryAfterSeconds: number | null;
  readonly details: Record<string, unknown> | null;
  /** The message as written: its key in the error catalogue. */
  readonly text: Message;
  /** The field messages as written. */
  readonly fieldTexts: Record<string, string> | null;
  readonly values: ErrorValues | null;
  constructor(
    code: TRPCError["code"],
    appCode: string,
    message: Message,
    ...[extra]: AppErrorExtraArgs<Message>
  ) {
    const { fields, retryAfterSeconds, details, values } = (extra ?? {}) as AppErrorExtra & {
      values?: ErrorValues;
    };
    super({ code, message: errorText("en", message, values) });
    this.appCode = appCode;
    this.text = message;
    this.values = values ?? null;
    this.fieldTexts = fields ?? null;
    this.fields = fields ? fieldMessages(fields, "en", values) : null;
    this.retryAfterSeconds = retryAfterSeconds ?? null;
    this.details = details ?? null;
  }
}

/** Field messages in a language, the error's values filled in. */
function fieldMessages(
  fields: Record<string, string>,
  locale: Locale,
  values: ErrorValues | null | undefined,
): Record<string, string> {
  return Object.fromEntries(
    Object.entries(fields).map(([field, text]) => [field, errorText(locale, text, values)]),
  );
}

/**
 * What a client is told about an error, in its language: the message and, for an AppError, its own
 * field messages (zod's field messages stay as they are: the web forms translate them). A
 * validation failure's message is zod's summary in English, a plain sentence in other languages;
 * an unexpected error's never says more than that something went wrong.
 */
export function localizedError(
  error: TRPCError,
  locale: Locale,
): { message: string; fields: Record<string, string> | null } {
  const app: AppError | null = error instanceof AppError ? error : null;
  const fields =
    error.cause instanceof ZodError
      ? fieldErrors(error.cause)
      : app?.fieldTexts
        ? fieldMessages(app.fieldTexts, locale, app.values)
        : null;
  let message: string;
  if (error.code === "INTERNAL_SERVER_ERROR") {
    message = errorText(locale, "Something went wrong on our side.");
  } else if (error.cause instanceof ZodError) {
    message = locale === "en" ? error.message : errorText(locale, "Some fields are not valid.");
  } else if (app) {
    message = errorText(locale, app.text, app.values);
  } else {
    message = errorText(locale, error.message);
  }
  return { message, fields };
}

/** 429 with a clear message and when to try again. */
export function throttled(retryAfterSeconds: number): AppError {
  const minutes = Math.ceil(retryAfterSeconds / 60);
  return new AppError(
    "TOO_MANY_REQUESTS",
    "RATE_LIMITED",
    retryAfterSeconds < 90
      ? "Too many attempts. Please try again in {seconds} seconds."
      : "Too many attempts. Please try again in {minutes} minutes.",
    { values: { seconds: retryAfterSeconds, minutes }, retryAfterSeconds },
  );
}

/** 503 when the database is down or restarting, with a message a person understands. */
export function databaseUnavailable(): AppError {
  return new AppError(
    "SERVICE_UNAVAILABLE",
    "DATABASE_UNAVAILABLE",
    "RESQ cannot reach its database right now. Please try again in a moment.",
    { retryAfterSeconds: DATABASE_RETRY_SECONDS },
  );
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
    errorFormatter({ shape, error, ctx }) {
      // The caller's language; English for an error before the context existed (ctx undefined).
      const { message, fields } = localizedError(error, ctx ? callerLocale(ctx) : DEFAULT_LOCALE);
      const data: AppErrorData = {
        appCode: error instanceof AppError ? error.appCode : null,
        fields,
        retryAfterSeconds: error instanceof AppError ? error.retryAfterSeconds : null,
        details: error instanceof AppError ? error.details : null,
      };
      // Never send internal details (SQL, stack) to clients; the server log has them.
      const { stack: _stack, ...rest } = shape.data;
      return { ...shape, message, data: { ...rest, ...data } };
    },
  });

export const createRouter = t.router;
export const mergeRouters = t.mergeRouters;
export const createCallerFactory = t.createCallerFactory;

/**
 * Throws unless `caller` may call what declares `access`: 401 anonymous, 403 wrong role or an
 * unfinished sign-in gate; undeclared = refused. REST handlers that do not go through a procedure
 * call it too.
 */
export function assertAccess(access: Access | undefined, caller: Caller | null): void {
  if (!access) {
    throw new TRPCError({
      code: "FORBIDDEN",
      message: "This procedure declares no access policy, so nobody may call it.",
    });
  }
  if ("public" in access) return;
  if (!caller) {
    throw new TRPCError({ code: "UNAUTHORIZED", message: "Please sign in to continue." });
  }
  if (!access.roles.includes(caller.role)) {
    throw new TRPCError({ code: "FORBIDDEN", message: "Your account cannot do this." });
  }
  const gate = gateOf(caller);
  if (gate !== "full" && !access.allowGates?.includes(gate)) throw gateError(gate);
}

/** Refuses any call the procedure's declared access does not allow; undeclared = refused. */
const enforceAccess = t.middleware(({ meta, ctx, next }) => {
  assertAccess(meta?.access, ctx.caller);
  return next();
});

function gateError(gate: Exclude<CallerGate, "full">): AppError {
  switch (gate) {
    case "pendingSecondFactor":
      return new AppError(
        "FORBIDDEN",
        "MFA_REQUIRED",
        "Enter the code from your authenticator app to continue.",
      );
    case "unverifiedEmail":
      return new AppError(
        "FORBIDDEN",
        "EMAIL_NOT_VERIFIED",
        "Please verify your email address first.",
      );
    case "mfaEnrolmentRequired":
      return new AppError(
        "FORBIDDEN",
        "MFA_ENROLMENT_REQUIRED",
        "Set up two-factor authentication to continue.",
      );
  }
}

/**
 * A database outage (down, restarting, unreachable) answers 503 "try again" rather than a generic
 * 500: the transaction was rolled back or never began, so nothing was written.
 */
const outageAsServiceUnavailable = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok && isDatabaseUnavailable(result.error)) throw databaseUnavailable();
  return result;
});

/**
 * The only procedure builder the routers use. It enforces access on every call, so forgetting to
 * declare one refuses the call rather than allowing it.
 */
export const procedure = t.procedure.use(outageAsServiceUnavailable).use(enforceAccess);

/** Anyone, signed in or not. */
export const publicProcedure = procedure.meta({ access: { public: true } });

/** Signed-in callers with one of the given roles; `ctx.caller` is non-null inside. */
export function roleProcedure(...roles: [UserRole, ...UserRole[]]) {
  return gatedProcedure(roles, []);
}

/** Like roleProcedure, for the few procedures a caller still at a sign-in gate may use. */
export function gatedProcedure(
  roles: readonly [UserRole, ...UserRole[]],
  allowGates: readonly Exclude<CallerGate, "full">[],
) {
  return procedure.meta({ access: { roles, allowGates } }).use(({ ctx, next }) => {
    // enforceAccess has already refused anonymous callers; this narrows the type for handlers.
    if (!ctx.caller)
      throw new TRPCError({ code: "UNAUTHORIZED", message: "Please sign in to continue." });
    return next({ ctx: { ...ctx, caller: ctx.caller satisfies Caller } });
  });
}

export const patientProcedure = roleProcedure("patient");
export const doctorProcedure = roleProcedure("doctor");
export const adminProcedure = roleProcedure("admin");
export const signedInProcedure = roleProcedure("patient", "doctor", "admin");
export const ALL_ROLES = ["patient", "doctor", "admin"] as const;
/** Any signed-in caller at any gate: signing out, session status, the second sign-in step. */
export const anySessionProcedure = gatedProcedure(ALL_ROLES, [
  "pendingSecondFactor",
  "unverifiedEmail",
  "mfaEnrolmentRequired",
]);
/** Signed in with the password (and second factor if any), whatever else is pending. */
export const accountSetupProcedure = gatedProcedure(ALL_ROLES, [
  "unverifiedEmail",
  "mfaEnrolmentRequired",
]);

export { z };
