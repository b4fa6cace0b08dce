"use client";

import { useQuery } from "@tanstack/react-query";
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
const shortDay = (day: string) => dayLabel(day, false);
const SHORT_STAGE: Record<string, string> = {
  registered: "Signed up",
  verified: "Verified",
  profileComplete: "Profile",
  firstBooking: "Booked",
};
const tooltipDay = (label: unknown) => (typeof label === "string" ? dayLabel(label) : "");
const allZero = (values: number[]) => values.every((value) => value === 0);

interface DaySeries {
  key: string;
  name: string;
  colour: string;
  dash?: string;
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
  const Chart = kind === "line" ? LineChart : BarChart;
  return (
    <ResponsiveContainer width="100%" height="100%">
      <Chart data={data} accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" stroke="var(--border)" />
        <XAxis
          dataKey="day"
          tickFormatter={shortDay}
          tick={axis}
          stroke={COLOURS.muted}
          minTickGap={16}
        />
        <YAxis allowDecimals={false} tick={axis} stroke={COLOURS.muted} width={40} />
        <Tooltip {...tooltipStyle} labelFormatter={tooltipDay} />
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
      stage: SHORT_STAGE[stage.key] ?? stage.label,
      patients: stage.count,
      doctors: funnel.data.byRole[1]?.stages[index]?.count ?? 0,
    })) ?? [];

  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <ChartSection
        id="funnel"
        title="Onboarding funnel"
        query={funnel}
        summary={funnel.data ? funnelSummary(funnel.data.byRole) : null}
        empty={allZero(funnelRows.map((row) => row.patients + row.doctors))}
        chart={
          <ResponsiveContainer width="100%" height="100%">
            <BarChart data={funnelRows} accessibilityLayer={false}>
              <CartesianGrid strokeDasharray="3 3" stroke="var(--border)" />
              <XAxis dataKey="stage" tick={axis} stroke={COLOURS.muted} interval={0} />
              <YAxis allowDecimals={false} tick={axis} stroke={COLOURS.muted} width={40} />
              <Tooltip {...tooltipStyle} />
              <Legend />
              <Bar dataKey="patients" name="Patients" fill={COLOURS.primary} />
              <Bar dataKey="doctors" name="Doctors" fill={COLOURS.warning} />
            </BarChart>
          </ResponsiveContainer>
        }
        table={
          <div className="grid gap-4">
            <FiguresTable
              caption="Onboarding by role: people and share of sign-ups"
              columns={["Step", "Patients", "Doctors"]}
              rows={(funnel.data?.byRole[0]?.stages ?? []).map((stage, index) => {
                const doctor = funnel.data?.byRole[1]?.stages[index];
                return [
                  stage.label,
                  `${stage.count} (${stage.percentOfRegistered}%)`,
                  `${doctor?.count ?? 0} (${doctor?.percentOfRegistered ?? 0}%)`,
                ];
              })}
            />
            <FiguresTable
              caption="Onboarding by sign-up week and role"
              columns={["Week of", "Role", "Registered", "Verified", "Profile", "Booked"]}
              rows={(funnel.data?.byWeek ?? []).map((week) => [
                dayLabel(week.week),
                week.role === "patient" ? "Patients" : "Doctors",
                ...week.stages.map((stage) => stage.count),
              ])}
            />
          </div>
        }
      />

      <ChartSection
        id="active-users"
        title="Active users"
        query={active}
        summary={active.data ? activeUsersSummary(active.data.daily, active.data.weekly) : null}
        empty={allZero(active.data?.daily.map((d) => d.users) ?? [])}
        chart={
          <DayChart
            kind="line"
            data={active.data?.daily ?? []}
            series={[{ key: "users", name: "Active users", colour: COLOURS.primary }]}
          />
        }
        table={
          <div className="grid gap-4">
            <FiguresTable
              caption="Active users per week"
              columns={["Week of", "Active users"]}
              rows={(active.data?.weekly ?? []).map((w) => [dayLabel(w.week), w.users])}
            />
            <FiguresTable
              caption="Active users per day"
              columns={["Day", "Active users"]}
              rows={(active.data?.daily ?? []).map((d) => [dayLabel(d.day), d.users])}
            />
          </div>
        }
      />

      <ChartSection
        id="appointments"
        title="Bookings, cancellations and no-shows"
        query={appointments}
        summary={appointments.data ? appointmentsSummary(appointments.data) : null}
        empty={allZero(
          appointments.data?.map((d) => d.bookings + d.cancellations + d.noShows) ?? [],
        )}
        chart={
          <DayChart
            kind="line"
            data={appointments.data ?? []}
            series={[
              { key: "bookings", name: "Bookings", colour: COLOURS.primary },
              {
                key: "cancellations",
                name: "Cancellations",
                colour: COLOURS.destructive,
                dash: "6 3",
              },
              { key: "noShows", name: "No-shows", colour: COLOURS.warning, dash: "2 3" },
            ]}
          />
        }
        table={
          <FiguresTable
            caption="Appointments per day"
            columns={["Day", "Bookings", "Cancellations", "No-shows"]}
            rows={(appointments.data ?? []).map((d) => [
              dayLabel(d.day),
              d.bookings,
              d.cancellations,
              d.noShows,
            ])}
          />
        }
      />

      <ChartSection
        id="messages"
        title="Messages per day"
        query={messages}
        summary={messages.data ? messagesSummary(messages.data) : null}
        empty={allZero(messages.data?.map((d) => d.messages) ?? [])}
        chart={
          <DayChart
            kind="bar"
            data={messages.data ?? []}
            series={[{ key: "messages", name: "Messages", colour: COLOURS.primary }]}
          />
        }
        table={
          <FiguresTable
            caption="Messages per day"
            columns={["Day", "Messages"]}
            rows={(messages.data ?? []).map((d) => [dayLabel(d.day), d.messages])}
          />
        }
      />

      <ChartSection
        id="adoption"
        title="Feature adoption"
        query={adoption}
        summary={adoption.data ? adoptionSummary(adoption.data) : null}
        empty={(adoption.data?.users ?? 0) === 0}
        chart={
          <ResponsiveContainer width="100%" height="100%">
            <BarChart
              data={adoption.data?.features ?? []}
              layout="vertical"
              accessibilityLayer={false}
            >
              <CartesianGrid strokeDasharray="3 3" stroke="var(--border)" />
              <XAxis type="number" domain={[0, 100]} unit="%" tick={axis} stroke={COLOURS.muted} />
              <YAxis
                type="category"
                dataKey="label"
                tick={axis}
                stroke={COLOURS.muted}
                width={150}
              />
              <Tooltip {...tooltipStyle} />
              <Bar dataKey="percent" name="Share of accounts (%)" fill={COLOURS.success} />
            </BarChart>
          </ResponsiveContainer>
        }
        table={
          <div className="grid gap-2">
            <FiguresTable
              caption="Feature adoption"
              columns={["Feature", "Accounts", "Share"]}
              rows={(adoption.data?.features ?? []).map((f) => [f.label, f.users, `${f.percent}%`])}
            />
            <p className="text-muted-foreground">
              Two-factor sign-in is counted as it is now; the others within the range. Online
              payments are counted from the billing module&apos;s “payment succeeded” events.
            </p>
          </div>
        }
      />

      <ChartSection
        id="support"
        title="Support requests"
        query={support}
        summary={support.data ? supportSummary(support.data) : null}
        empty={(support.data?.opened ?? 0) === 0}
        chart={
          <DayChart
            kind="bar"
            data={support.data?.daily ?? []}
            series={[{ key: "tickets", name: "Requests opened", colour: COLOURS.primary }]}
          />
        }
        table={
          <div className="grid gap-4">
            <FiguresTable
              caption="Support: time to first answer"
              columns={["Figure", "Value"]}
              rows={[
                ["Requests opened", support.data?.opened ?? 0],
                ["Answered", support.data?.answered ?? 0],
                ["Waiting for a first answer", support.data?.waiting ?? 0],
                ["Median hours to first answer", support.data?.medianHoursToFirstAnswer ?? "—"],
                ["Mean hours to first answer", support.data?.meanHoursToFirstAnswer ?? "—"],
              ]}
            />
            <FiguresTable
              caption="Support requests opened per day"
              columns={["Day", "Requests"]}
              rows={(support.data?.daily ?? []).map((d) => [dayLabel(d.day), d.tickets])}
            />
          </div>
        }
      />
    </div>
  );
}
