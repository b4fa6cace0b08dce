import { TRPCClientError } from "@trpc/client";

/** What the web app needs from a failed API call: the message for the user and what to do next. */
export interface ApiProblem {
  /** Written for users by the API; safe to show as is. */
  message: string;
  /** Stable code such as INVALID_CREDENTIALS or RATE_LIMITED. */
  appCode: string | null;
  /** Messages by field name, to show beside the fields. */
  fields: Record<string, string>;
  retryAfterSeconds: number | null;
  httpStatus: number | null;
}

interface AppErrorShape {
  appCode?: string | null;
  fields?: Record<string, string> | null;
  retryAfterSeconds?: number | null;
  httpStatus?: number;
}

/** Reads a tRPC client error (or anything thrown) into what a page shows. */
export function apiProblem(error: unknown): ApiProblem {
  if (error instanceof TRPCClientError) {
    const data = (error.data ?? null) as AppErrorShape | null;
    if (!data) {
      // No error body: the request never reached the API (offline, server restarting).
      return {
        message: "We could not reach RESQ. Check your connection and try again.",
        appCode: null,
        fields: {},
        retryAfterSeconds: null,
        httpStatus: null,
      };
    }
    return {
      message: error.message,
      appCode: data.appCode ?? null,
      fields: data.fields ?? {},
      retryAfterSeconds: data.retryAfterSeconds ?? null,
      httpStatus: data.httpStatus ?? null,
    };
  }
  return {
    message: "Something went wrong. Please try again.",
    appCode: null,
    fields: {},
    retryAfterSeconds: null,
    httpStatus: null,
  };
}

/**
 * Puts the API's field messages on the form's fields it knows, and returns the message to show
 * above the form (none when it only repeats a field message).
 */
export function applyProblem<Field extends string>(
  problem: ApiProblem,
  knownFields: readonly Field[],
  setFieldError: (field: Field, message: string) => void,
): string | null {
  const shown: string[] = [];
  for (const field of knownFields) {
    const message = problem.fields[field];
    if (message) {
      setFieldError(field, message);
      shown.push(message);
    }
  }
  return shown.includes(problem.message) ? null : problem.message;
}
