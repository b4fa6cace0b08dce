import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";

import { Button } from "@resq/ui/button";
import { cn } from "@resq/ui/cn";

import { addDays, dateInZone } from "~/components/format";
import { api } from "~/trpc/server";

import { BlockTime } from "./block-time";
import { DaySchedule } from "./day-schedule";
import {
  dayLabel,
  dayTitle,
  isDate,
  scheduleHref,
  startOfDayIn,
  viewDates,
  type ScheduleView,
} from "./range";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("doctor.schedule");
  return { title: t("metaTitle") };
}

export default async function SchedulePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const t = await getTranslations("doctor.schedule");
  const locale = await getLocale();
  const view: ScheduleView = params.view === "day" ? "day" : "week";
  const trpc = await api();
  const setup = await trpc.practice.onboarding();
  const timeZone = setup.practice?.timeZone ?? "UTC";
  const today = dateInZone(new Date(), timeZone);
  const date = isDate(params.date) ? params.date : today;
  const { days, step } = viewDates(view, date);
  const first = days[0]!;
  const last = days[days.length - 1]!;
  const schedule = await trpc.appointments.schedule({
    from: startOfDayIn(first, timeZone),
    to: startOfDayIn(addDays(last, 1), timeZone),
  });
  const byDay = new Map(days.map((day) => [day, [] as typeof schedule.items]));
  for (const item of schedule.items)
    byDay.get(dateInZone(item.startsAt, schedule.timeZone))?.push(item);
  const blocks = setup.overrides
    .filter((override) => override.kind === "time_off" && override.date >= today)
    .map(({ id, date: day, startTime, endTime, note }) => ({
      id,
      date: day,
      startTime,
      endTime,
      note,
    }));
  const title =
    view === "day" ? dayTitle(first, locale) : t("weekOf", { date: dayLabel(first, locale) });

  return (
    <div className="grid gap-8">
      <div className="grid gap-2">
        <h1 className="text-3xl font-semibold">{t("title")}</h1>
        <p className="text-muted-foreground">{t("inZone", { timeZone: schedule.timeZone })}</p>
      </div>

      <div className="flex flex-wrap items-center justify-between gap-3">
        <nav aria-label={t("viewNav")}>
          <ul className="inline-flex rounded-lg bg-muted p-[3px]">
            {(["day", "week"] as const).map((option) => (
              <li key={option}>
                <Link
                  href={scheduleHref(option, date)}
                  aria-current={option === view ? "page" : undefined}
                  className={cn(
                    "inline-flex h-9 items-center rounded-md px-4 text-sm font-medium text-muted-foreground hover:text-foreground",
                    option === view && "bg-background text-foreground shadow-sm",
                  )}
                >
                  {option === "day" ? t("day") : t("week")}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <nav aria-label={t("datesNav")} className="flex flex-wrap gap-2">
          <Button asChild variant="outline" size="sm">
            <Link href={scheduleHref(view, addDays(first, -step))}>
              {view === "day" ? t("previousDay") : t("previousWeek")}
            </Link>
          </Button>
          <Button asChild variant="outline" size="sm">
            <Link href={scheduleHref(view, today)}>{t("today")}</Link>
          </Button>
          <Button asChild variant="outline" size="sm">
            <Link href={scheduleHref(view, addDays(first, step))}>
              {view === "day" ? t("nextDay") : t("nextWeek")}
            </Link>
          </Button>
        </nav>
      </div>

      <section aria-labelledby="range-title" className="grid gap-4">
        <h2 id="range-title" className="text-xl font-semibold">
          {title}
        </h2>
        {days.map((day) => (
          <DaySchedule
            key={day}
            date={day}
            isToday={day === today}
            items={byDay.get(day) ?? []}
            timeZone={schedule.timeZone}
            headingLevel={view === "day" ? null : "h3"}
          />
        ))}
      </section>

      <BlockTime blocks={blocks} today={today} defaultDate={date < today ? today : date} />
    </div>
  );
}
