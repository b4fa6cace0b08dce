"use client";

import { useLocale, useTranslations } from "next-intl";

import { useIsClient } from "~/components/use-is-client";

function format(moment: Date, timeZone: string, locale: string) {
  return new Intl.DateTimeFormat(locale, {
    timeZone,
    dateStyle: "full",
    timeStyle: "short",
  }).format(moment);
}

/**
 * When an appointment is, in the viewer's time zone, and also in the practice's zone when that
 * differs. The viewer's zone is only known in the browser: the server renders the practice's time.
 */
export function AppointmentWhen({
  startsAt,
  endsAt,
  timeZone,
}: {
  startsAt: Date | string;
  endsAt: Date | string;
  timeZone: string;
}) {
  const t = useTranslations("appointments.when");
  const locale = useLocale();
  const isClient = useIsClient();
  const start = new Date(startsAt);
  const minutes = Math.round((new Date(endsAt).getTime() - start.getTime()) / 60_000);
  const viewerZone = isClient ? Intl.DateTimeFormat().resolvedOptions().timeZone : timeZone;
  return (
    <span className="grid gap-0.5">
      <time dateTime={start.toISOString()} className="font-medium">
        {t("withDuration", { when: format(start, viewerZone, locale), minutes })}
      </time>
      {viewerZone !== timeZone ? (
        <span className="text-sm text-muted-foreground">
          {t("atPractice", { when: format(start, timeZone, locale), zone: timeZone })}
        </span>
      ) : null}
    </span>
  );
}
