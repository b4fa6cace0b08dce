"use client";

import { useQuery } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";

import type { AnalyticsRange } from "@resq/api/analytics-range";

import { useTRPC } from "~/trpc/react";

import { ChartSection, FiguresTable } from "./chart-section";
import {
  activeUsersSummary,
  adoptionSummary,
  appointmentsSummary,
  dayLabel,
  funnelSummary,
  messagesSummary,
  numberLabel,
  supportSummary,
} from "./summaries";

// Theme colours (each at least 3:1 against the card in light and dark themes).
const COLOURS = {
  primary: "var(--primary)",
  destructive: "var(--destructive)",
  warning: "var(--warning)",
  success: "var(--success)",
  muted: "var(--muted-foreground)",
};
const axis = { stroke: COLOURS.muted, fontSize: 12 };
const tooltipStyle = {
  contentStyle: {
    background: "var(--popover)",
    color: "var(--popover-foreground)",
    border: "1px solid var(--border)",
    borderRadius: 8,
  },
};
const STAGES = ["registered", "verified", "profileComplete", "firstBooking"] as const;
const FEATURES = ["mfa", "messaging", "records", "payments"] as const;
const isOneOf = <T extends string>(options: readonly T[], value: string): value is T =>
  (options as readonly string[]).includes(value);
const allZero = (values: number[]) => values.every((value) => value === 0);

interface DaySeries {
  key: string;
  name: string;
  colour: string;
  dash?: string;
}

/** Tick and tooltip formatting in the viewer's language: days, counts, shares. */
function useChartFormat() {
  const locale = useLocale();
  return {
    locale,
    shortDay: (day: unknown) => (typeof day === "string" ? dayLabel(day, locale, false) : ""),
    day: (day: unknown) => (typeof day === "string" ? dayLabel(day, locale) : ""),
    count: (value: unknown) => (typeof value === "number" ? numberLabel(value, locale) : ""),
    percent: (value: unknown) =>
      typeof value === "number"
        ? new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 1 }).format(
            value / 100,
          )
        : "",
  };
}

/** A per-day chart: lines for several series, bars for one. */
function DayChart({
  data,
  series,
  kind,
}: {
  data: Record<string, string | number>[];
  series: DaySeries[];
  kind: "line" | "bar";
}) {
  const format = useChartFormat();
  const Chart = kind === "line" ? LineChart : BarChart;
  return (
    <ResponsiveContainer width="100%" height="100%">
      <Chart data={data} accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" stroke="var(--border)" />
        <XAxis
          dataKey="day"
          tickFormatter={format.shortDay}
          tick={axis}
          stroke={COLOURS.muted}
          minTickGap={16}
        />
        <YAxis
          allowDecimals={false}
          tickFormatter={format.count}
          tick={axis}
          stroke={COLOURS.muted}
          width={40}
        />
        <Tooltip {...tooltipStyle} labelFormatter={format.day} formatter={format.count} />
        {series.length > 1 ? <Legend /> : null}
        {series.map((line) =>
          kind === "line" ? (
            <Line
              key={line.key}
              type="linear"
              dataKey={line.key}
              name={line.name}
              stroke={line.colour}
              strokeWidth={2}
              strokeDasharray={line.dash}
              dot={false}
            />
          ) : (
            <Bar key={line.key} dataKey={line.key} name={line.name} fill={line.colour} />
          ),
        )}
      </Chart>
    </ResponsiveContainer>
  );
}

/** Every chart of the page, each loading on its own for the chosen range. */
export function AnalyticsDashboard({ range }: { range: AnalyticsRange }) {
  const t = useTranslations("admin");
  const format = useChartFormat();
  const { locale } = format;
  const n = (value: number) => numberLabel(value, locale);
  const hours = (value: number | null | undefined) => (value == null ? "—" : n(value));
  const stageLabel = (stage: { key: string; label: string }) =>
    isOneOf(STAGES, stage.key) ? t(`analytics.stages.${stage.key}`) : stage.label;
  const roleName = (role: string) =>
    role === "patient" ? t("analytics.patients") : t("analytics.doctors");
  const trpc = useTRPC();
  const funnel = useQuery(trpc.analytics.funnel.queryOptions(range));
  const active = useQuery(trpc.analytics.activeUsers.queryOptions(range));
  const appointments = useQuery(trpc.analytics.appointments.queryOptions(range));
  const messages = useQuery(trpc.analytics.messages.queryOptions(range));
  const adoption = useQuery(trpc.analytics.adoption.queryOptions(range));
  const support = useQuery(trpc.analytics.support.queryOptions(range));

  const funnelRows =
    funnel.data?.byRole[0]?.stages.map((stage, index) => ({
      // Short names on the axis so four fit on a phone; the table has the full ones.
      stage: isOneOf(STAGES, stage.key) ? t(`analytics.shortStages.${stage.key}`) : stage.label,
      patients: stage.count,
      doctors: funnel.data.byRole[1]?.stages[index]?.count ?? 0,
    })) ?? [];
  // Feature names from the API's keys, in the viewer's language.
  const features = (adoption.data?.features ?? []).map((f) => ({
    ...f,
    label: isOneOf(FEATURES, f.key) ? t(`analytics.adoption.features.${f.key}`) : f.label,
  }));

  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <ChartSection
        id="funnel"
        title={t("analytics.funnel.title")}
        query={funnel}
        summary={funnel.data ? funnelSummary(t, funnel.data.byRole) : null}
        empty={allZero(funnelRows.map((row) => row.patients + row.doctors))}
        chart={
          <ResponsiveContainer width="100%" height="100%">
            <BarChart data={funnelRows} accessibilityLayer={false}>
              <CartesianGrid strokeDasharray="3 3" stroke="var(--border)" />
              <XAxis dataKey="stage" tick={axis} stroke={COLOURS.muted} interval={0} />
              <YAxis
                allowDecimals={false}
                tickFormatter={format.count}
                tick={axis}
                stroke={COLOURS.muted}
                width={40}
              />
              <Tooltip {...tooltipStyle} formatter={format.count} />
              <Legend />
              <Bar dataKey="patients" name={t("analytics.patients")} fill={COLOURS.primary} />
              <Bar dataKey="doctors" name={t("analytics.doctors")} fill={COLOURS.warning} />
            </BarChart>
          </ResponsiveContainer>
        }
        table={
          <div className="grid gap-4">
            <FiguresTable
              caption={t("analytics.funnel.byRoleCaption")}
              columns={[
                t("analytics.funnel.step"),
                t("analytics.patients"),
                t("analytics.doctors"),
              ]}
              rows={(funnel.data?.byRole[0]?.stages ?? []).map((stage, index) => {
                const doctor = funnel.data?.byRole[1]?.stages[index];
                return [
                  stageLabel(stage),
                  t("analytics.countShare", {
                    count: n(stage.count),
                    percent: n(stage.percentOfRegistered),
                  }),
                  t("analytics.countShare", {
                    count: n(doctor?.count ?? 0),
                    percent: n(doctor?.percentOfRegistered ?? 0),
                  }),
                ];
              })}
            />
            <FiguresTable
              caption={t("analytics.funnel.byWeekCaption")}
              columns={[
                t("analytics.weekOf"),
                t("analytics.funnel.role"),
                t("analytics.funnel.registered"),
                t("analytics.funnel.verified"),
                t("analytics.funnel.profile"),
                t("analytics.funnel.booked"),
              ]}
              rows={(funnel.data?.byWeek ?? []).map((week) => [
                dayLabel(week.week, locale),
                roleName(week.role),
                ...week.stages.map((stage) => n(stage.count)),
              ])}
            />
          </div>
        }
      />

      <ChartSection
        id="active-users"
        title={t("analytics.active.title")}
        query={active}
        summary={
          active.data ? activeUsersSummary(t, locale, active.data.daily, active.data.weekly) : null
        }
        empty={allZero(active.data?.daily.map((d) => d.users) ?? [])}
        chart={
          <DayChart
            kind="line"
            data={active.data?.daily ?? []}
            series={[{ key: "users", name: t("analytics.active.series"), colour: COLOURS.primary }]}
          />
        }
        table={
          <div className="grid gap-4">
            <FiguresTable
              caption={t("analytics.active.perWeek")}
              columns={[t("analytics.weekOf"), t("analytics.active.series")]}
              rows={(active.data?.weekly ?? []).map((w) => [dayLabel(w.week, locale), n(w.users)])}
            />
            <FiguresTable
              caption={t("analytics.active.perDay")}
              columns={[t("analytics.day"), t("analytics.active.series")]}
              rows={(active.data?.daily ?? []).map((d) => [dayLabel(d.day, locale), n(d.users)])}
            />
          </div>
        }
      />

      <ChartSection
        id="appointments"
        title={t("analytics.appointments.title")}
        query={appointments}
        summary={appointments.data ? appointmentsSummary(t, locale, appointments.data) : null}
        empty={allZero(
          appointments.data?.map((d) => d.bookings + d.cancellations + d.noShows) ?? [],
        )}
        chart={
          <DayChart
            kind="line"
            data={appointments.data ?? []}
            series={[
              {
                key: "bookings",
                name: t("analytics.appointments.bookings"),
                colour: COLOURS.primary,
              },
              {
                key: "cancellations",
                name: t("analytics.appointments.cancellations"),
                colour: COLOURS.destructive,
                dash: "6 3",
              },
              {
                key: "noShows",
                name: t("analytics.appointments.noShows"),
                colour: COLOURS.warning,
                dash: "2 3",
              },
            ]}
          />
        }
        table={
          <FiguresTable
            caption={t("analytics.appointments.perDay")}
            columns={[
              t("analytics.day"),
              t("analytics.appointments.bookings"),
              t("analytics.appointments.cancellations"),
              t("analytics.appointments.noShows"),
            ]}
            rows={(appointments.data ?? []).map((d) => [
              dayLabel(d.day, locale),
              n(d.bookings),
              n(d.cancellations),
              n(d.noShows),
            ])}
          />
        }
      />

      <ChartSection
        id="messages"
        title={t("analytics.messages.title")}
        query={messages}
        summary={messages.data ? messagesSummary(t, locale, messages.data) : null}
        empty={allZero(messages.data?.map((d) => d.messages) ?? [])}
        chart={
          <DayChart
            kind="bar"
            data={messages.data ?? []}
            series={[
              { key: "messages", name: t("analytics.messages.series"), colour: COLOURS.primary },
            ]}
          />
        }
        table={
          <FiguresTable
            caption={t("analytics.messages.title")}
            columns={[t("analytics.day"), t("analytics.messages.series")]}
            rows={(messages.data ?? []).map((d) => [dayLabel(d.day, locale), n(d.messages)])}
          />
        }
      />

      <ChartSection
        id="adoption"
        title={t("analytics.adoption.title")}
        query={adoption}
        summary={
          adoption.data
            ? adoptionSummary(t, locale, { users: adoption.data.users, features })
            : null
        }
        empty={(adoption.data?.users ?? 0) === 0}
        chart={
          <ResponsiveContainer width="100%" height="100%">
            <BarChart data={features} layout="vertical" accessibilityLayer={false}>
              <CartesianGrid strokeDasharray="3 3" stroke="var(--border)" />
              <XAxis
                type="number"
                domain={[0, 100]}
                tickFormatter={format.percent}
                tick={axis}
                stroke={COLOURS.muted}
              />
              <YAxis
                type="category"
                dataKey="label"
                tick={axis}
                stroke={COLOURS.muted}
                width={150}
              />
              <Tooltip {...tooltipStyle} formatter={format.percent} />
              <Bar dataKey="percent" name={t("analytics.adoption.series")} fill={COLOURS.success} />
            </BarChart>
          </ResponsiveContainer>
        }
        table={
          <div className="grid gap-2">
            <FiguresTable
              caption={t("analytics.adoption.title")}
              columns={[
                t("analytics.adoption.feature"),
                t("analytics.adoption.accounts"),
                t("analytics.adoption.share"),
              ]}
              rows={features.map((f) => [f.label, n(f.users), format.percent(f.percent)])}
            />
            <p className="text-muted-foreground">{t("analytics.adoption.note")}</p>
          </div>
        }
      />

      <ChartSection
        id="support"
        title={t("analytics.support.title")}
        query={support}
        summary={support.data ? supportSummary(t, support.data) : null}
        empty={(support.data?.opened ?? 0) === 0}
        chart={
          <DayChart
            kind="bar"
            data={support.data?.daily ?? []}
            series={[
              { key: "tickets", name: t("analytics.support.series"), colour: COLOURS.primary },
            ]}
          />
        }
        table={
          <div className="grid gap-4">
            <FiguresTable
              caption={t("analytics.support.caption")}
              columns={[t("analytics.support.figure"), t("analytics.support.value")]}
              rows={[
                [t("analytics.support.opened"), n(support.data?.opened ?? 0)],
                [t("analytics.support.answered"), n(support.data?.answered ?? 0)],
                [t("analytics.support.waiting"), n(support.data?.waiting ?? 0)],
                [t("analytics.support.median"), hours(support.data?.medianHoursToFirstAnswer)],
                [t("analytics.support.mean"), hours(support.data?.meanHoursToFirstAnswer)],
              ]}
            />
            <FiguresTable
              caption={t("analytics.support.perDay")}
              columns={[t("analytics.day"), t("analytics.support.requests")]}
              rows={(support.data?.daily ?? []).map((d) => [dayLabel(d.day, locale), n(d.tickets)])}
            />
          </div>
        }
      />
    </div>
  );
}
