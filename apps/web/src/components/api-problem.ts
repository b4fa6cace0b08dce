import { TRPCClientError } from "@trpc/client";

import { DEFAULT_LOCALE, isLocale } from "@resq/api/locales";

import enCommon from "~/i18n/messages/en/common.json";
import esCommon from "~/i18n/messages/es/common.json";

/** The two messages written here rather than by the API, in each language (common.apiProblem). */
const ownMessages = { en: enCommon.apiProblem, es: esCommon.apiProblem };

/** The page's language (`<html lang>`), so callers need not pass it; English outside a browser. */
function ownMessage(key: keyof typeof enCommon.apiProblem): string {
  const lang = typeof document === "undefined" ? null : document.documentElement.lang;
  return ownMessages[isLocale(lang) ? lang : DEFAULT_LOCALE][key];
}

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
        message: ownMessage("unreachable"),
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
    message: ownMessage("unknown"),
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
