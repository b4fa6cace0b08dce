"use client";

import { useLocale } from "next-intl";

import { useIsClient } from "./use-is-client";

const formats = {
  dateTime: { dateStyle: "medium", timeStyle: "short" },
  time: { timeStyle: "short" },
} satisfies Record<string, Intl.DateTimeFormatOptions>;

/**
 * A moment shown in the viewer's own time zone. The server does not know that zone, so it renders
 * UTC first and the browser replaces it after hydration (no hydration mismatch).
 */
export function LocalTime({
  date,
  format = "dateTime",
}: {
  date: Date | string;
  format?: keyof typeof formats;
}) {
  const isClient = useIsClient();
  const locale = useLocale();
  const moment = typeof date === "string" ? new Date(date) : date;
  const text = isClient
    ? new Intl.DateTimeFormat(locale, formats[format]).format(moment)
    : `${new Intl.DateTimeFormat(locale, { ...formats[format], timeZone: "UTC" }).format(moment)} UTC`;
  return <time dateTime={moment.toISOString()}>{text}</time>;
}
