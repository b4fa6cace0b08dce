import { TRPCError } from "@trpc/server";
import { getHTTPStatusCodeFromError } from "@trpc/server/http";
import { ZodError, type ZodType } from "zod";

import { describeErrorForLog } from "../log";
import { REST_MAX_BODY_BYTES, readBodyLimited } from "../http/body-limit";
import { isDatabaseUnavailable } from "../http/outage";
import { errorText } from "../i18n/errors";
import type { Locale } from "../locales";
import { AppError, databaseUnavailable, fieldErrors, localizedError } from "../trpc";

/**
 * design.md's error envelope: {"error":{"code","message","fields"}} with the right status. The
 * message is final: pass it through errorText (the caller's language), as toErrorResponse does.
 */
export function errorResponse(
  status: number,
  code: string,
  message: string,
  fields?: Record<string, string> | null,
  headers?: HeadersInit,
  details?: Record<string, unknown> | null,
) {
  return Response.json(
    { error: { code, message, ...(fields ? { fields } : {}), ...(details ?? {}) } },
    {
      status,
      headers: { "Cache-Control": "no-store", ...Object.fromEntries(new Headers(headers)) },
    },
  );
}

export function jsonResponse(body: unknown, status = 200) {
  return Response.json(body, { status, headers: { "Cache-Control": "no-store" } });
}

const defaultCodes: Record<number, string> = {
  400: "VALIDATION_FAILED",
  401: "UNAUTHENTICATED",
  403: "FORBIDDEN",
  404: "NOT_FOUND",
  409: "CONFLICT",
  413: "PAYLOAD_TOO_LARGE",
  429: "RATE_LIMITED",
  503: "DATABASE_UNAVAILABLE",
};

/**
 * Maps anything a procedure throws to the REST error envelope, its message (and an AppError's own
 * field messages) in the caller's language: `callerLocale(ctx)`, or the request's before there is a
 * context. Unexpected errors never leak.
 */
export function toErrorResponse(error: unknown, locale: Locale): Response {
  if (isDatabaseUnavailable(error)) return toErrorResponse(databaseUnavailable(), locale);
  if (error instanceof ZodError) {
    return errorResponse(
      400,
      "VALIDATION_FAILED",
      errorText(locale, "Some fields are not valid."),
      fieldErrors(error),
    );
  }
  if (error instanceof TRPCError && error.code !== "INTERNAL_SERVER_ERROR") {
    const status = getHTTPStatusCodeFromError(error);
    if (error.cause instanceof ZodError) {
      return errorResponse(
        400,
        "VALIDATION_FAILED",
        errorText(locale, "Some fields are not valid."),
        fieldErrors(error.cause),
      );
    }
    const app = error instanceof AppError ? error : null;
    const headers = app?.retryAfterSeconds
      ? { "Retry-After": String(app.retryAfterSeconds) }
      : undefined;
    const { message, fields } = localizedError(error, locale);
    return errorResponse(
      status,
      app?.appCode ?? defaultCodes[status] ?? error.code,
      message,
      fields,
      headers,
      app?.details,
    );
  }
  console.error(`REST request failed: ${describeErrorForLog(error)}`);
  return errorResponse(500, "INTERNAL", errorText(locale, "Something went wrong on our side."));
}

/** Reads and validates a JSON body: 400 naming the fields, 413 when too large. */
export async function readJson<T>(request: Request, schema: ZodType<T>): Promise<T> {
  const text = new TextDecoder().decode(await readBodyLimited(request, REST_MAX_BODY_BYTES));
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : {};
  } catch {
    throw new AppError("BAD_REQUEST", "INVALID_JSON", "The request body is not valid JSON.");
  }
  return schema.parse(body);
}
