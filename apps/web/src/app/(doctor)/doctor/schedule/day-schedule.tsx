import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";

import { cn } from "@resq/ui/cn";

import { StatusBadge, type AppointmentStatus } from "~/components/appointments/status-badge";

import { clockFormat, dayLabel, dayTitle } from "./range";

interface Item {
  id: string;
  startsAt: Date;
  endsAt: Date;
  status: AppointmentStatus;
  cancellationReason: string | null;
  patientName: string;
  serviceName: string | null;
  reason: string | null;
}

/** One day of the schedule: each visit with its time, patient, service, status and reason. */
export function DaySchedule({
  date,
  isToday,
  items,
  timeZone,
  headingLevel,
}: {
  date: string;
  isToday: boolean;
  items: Item[];
  timeZone: string;
  headingLevel: "h3" | null;
}) {
  const t = useTranslations("doctor.schedule.daySchedule");
  const locale = useLocale();
  const time = clockFormat(locale, timeZone);
  const label = dayLabel(date, locale);
  const Heading = headingLevel;
  const visits = items.filter((item) => item.status !== "held");
  return (
    <div className={cn("grid gap-2 rounded-xl border p-4", isToday && "border-primary")}>
      {Heading ? (
        <Heading className="font-semibold">
          {dayTitle(date, locale)}
          {isToday ? (
            <span className="ml-2 text-sm font-normal text-primary">{t("today")}</span>
          ) : null}
        </Heading>
      ) : null}
      {visits.length === 0 ? (
        <p className="text-sm text-muted-foreground">{t("empty")}</p>
      ) : (
        <ul className="grid gap-2" aria-label={t("listLabel", { date: label })}>
          {visits.map((item) => (
            <li
              key={item.id}
              data-testid="schedule-item"
              className={cn(
                "grid gap-1 rounded-md border bg-card p-3 text-sm sm:grid-cols-[8rem_1fr_auto] sm:items-start sm:gap-4",
                item.status === "cancelled" && "opacity-80",
              )}
            >
              <span className="font-medium tabular-nums">
                <time dateTime={item.startsAt.toISOString()}>{time.format(item.startsAt)}</time>–
                <time dateTime={item.endsAt.toISOString()}>{time.format(item.endsAt)}</time>
              </span>
              <span className="grid gap-0.5">
                <Link
                  href={`/doctor/appointments/${item.id}`}
                  className="font-medium text-primary underline underline-offset-4 hover:no-underline"
                >
                  {item.patientName}
                </Link>
                <span>{item.serviceName ?? t("appointment")}</span>
                {item.reason ? (
                  <span className="text-muted-foreground">
                    {t("reason", { reason: item.reason })}
                  </span>
                ) : null}
              </span>
              <StatusBadge status={item.status} cancellationReason={item.cancellationReason} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
