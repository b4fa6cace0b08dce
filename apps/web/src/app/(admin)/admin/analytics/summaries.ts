/**
 * One-sentence summaries of each chart, read by everyone (and instead of the chart by screen
 * readers, with the table beside). Plain functions of the figures, the admin area's translator and
 * the locale (for dates and numbers), unit-tested.
 */
import type { AdminT } from "../labels";

/** "2025-03-05" → "Mar 5, 2025" in English (the day as such, not shifted by the viewer's zone). */
export function dayLabel(day: string, locale: string, withYear = true): string {
  return new Intl.DateTimeFormat(locale, {
    month: "short",
    day: "numeric",
    ...(withYear ? { year: "numeric" } : {}),
    timeZone: "UTC",
  }).format(new Date(`${day}T00:00:00Z`));
}

/** A count or an average in the locale's digits: 1234.5 → "1,234.5" in English. */
export function numberLabel(value: number, locale: string, fractionDigits?: number): string {
  return new Intl.NumberFormat(locale, {
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits ?? 2,
  }).format(value);
}

function busiest<T>(points: T[], value: (point: T) => number): T | null {
  let best: T | null = null;
  for (const point of points)
    if (value(point) > 0 && (!best || value(point) > value(best))) best = point;
  return best;
}

export interface FunnelRoleFigures {
  role: "patient" | "doctor";
  stages: { key: string; count: number; percentOfRegistered: number }[];
}

export function funnelSummary(t: AdminT, byRole: FunnelRoleFigures[]): string {
  const parts = byRole.map(({ role, stages }) => {
    const [registered, verified, profile, booking] = stages;
    if (!registered || registered.count === 0) return t(`analytics.summary.noSignUps.${role}`);
    return t(`analytics.summary.funnel.${role}`, {
      count: registered.count,
      verified: verified?.count ?? 0,
      verifiedPercent: verified?.percentOfRegistered ?? 0,
      profile: profile?.count ?? 0,
      profilePercent: profile?.percentOfRegistered ?? 0,
      booked: booking?.count ?? 0,
      bookedPercent: booking?.percentOfRegistered ?? 0,
    });
  });
  return parts.join(" ");
}

export function activeUsersSummary(
  t: AdminT,
  locale: string,
  daily: { day: string; users: number }[],
  weekly: { week: string; users: number }[],
): string {
  const top = busiest(daily, (d) => d.users);
  if (!top) return t("analytics.summary.nobodyActive");
  const average = daily.reduce((sum, d) => sum + d.users, 0) / Math.max(daily.length, 1);
  const topWeek = busiest(weekly, (w) => w.users);
  const figures = {
    average: numberLabel(average, locale, 1),
    day: dayLabel(top.day, locale),
    users: top.users,
  };
  return topWeek
    ? t("analytics.summary.activeWithWeek", {
        ...figures,
        week: dayLabel(topWeek.week, locale),
        weekUsers: topWeek.users,
      })
    : t("analytics.summary.active", figures);
}

export function appointmentsSummary(
  t: AdminT,
  locale: string,
  days: { day: string; bookings: number; cancellations: number; noShows: number }[],
): string {
  const total = (key: "bookings" | "cancellations" | "noShows") =>
    days.reduce((sum, d) => sum + d[key], 0);
  const figures = {
    bookings: total("bookings"),
    cancellations: total("cancellations"),
    noShows: total("noShows"),
    days: days.length,
  };
  if (figures.bookings + figures.cancellations + figures.noShows === 0)
    return t("analytics.summary.noAppointments");
  const top = busiest(days, (d) => d.bookings);
  return top
    ? t("analytics.summary.appointmentsWithTop", {
        ...figures,
        day: dayLabel(top.day, locale),
        top: top.bookings,
      })
    : t("analytics.summary.appointments", figures);
}

export function messagesSummary(
  t: AdminT,
  locale: string,
  days: { day: string; messages: number }[],
): string {
  const total = days.reduce((sum, d) => sum + d.messages, 0);
  if (total === 0) return t("analytics.summary.noMessages");
  const top = busiest(days, (d) => d.messages);
  return top
    ? t("analytics.summary.messagesWithTop", {
        total,
        days: days.length,
        day: dayLabel(top.day, locale),
        top: top.messages,
      })
    : t("analytics.summary.messages", { total, days: days.length });
}

/** Feature labels are given already in the viewer's language. */
export function adoptionSummary(
  t: AdminT,
  locale: string,
  adoption: { users: number; features: { label: string; users: number; percent: number }[] },
): string {
  if (adoption.users === 0) return t("analytics.summary.noAccounts");
  return t("analytics.summary.adoption", {
    users: adoption.users,
    features: adoption.features
      .map((f) =>
        t("analytics.summary.adoptionFeature", {
          feature: f.label.toLocaleLowerCase(locale),
          percent: f.percent,
          users: f.users,
        }),
      )
      .join(", "),
  });
}

export function supportSummary(
  t: AdminT,
  support: {
    opened: number;
    answered: number;
    waiting: number;
    medianHoursToFirstAnswer: number | null;
  },
): string {
  if (support.opened === 0) return t("analytics.summary.noSupport");
  const figures = { opened: support.opened, answered: support.answered, waiting: support.waiting };
  return support.medianHoursToFirstAnswer === null
    ? t("analytics.summary.support", figures)
    : t("analytics.summary.supportWithMedian", {
        ...figures,
        hours: support.medianHoursToFirstAnswer,
      });
}
