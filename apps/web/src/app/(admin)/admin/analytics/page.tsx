import type { Metadata } from "next";
import Link from "next/link";

import { analyticsRangeInput, lastDays, MAX_RANGE_DAYS } from "@resq/api/analytics-range";
import { Button } from "@resq/ui/button";
import { fieldAriaProps, FormField } from "@resq/ui/form-field";
import { Input } from "@resq/ui/input";

import { BackLink } from "~/components/back-link";

import { AnalyticsDashboard } from "./dashboard";

export const metadata: Metadata = { title: "Analytics" };
export const dynamic = "force-dynamic";

const PRESETS = [
  { days: 7, label: "Last 7 days" },
  { days: 30, label: "Last 30 days" },
  { days: 90, label: "Last 90 days" },
  { days: 365, label: "Last 12 months" },
];

const text = (value: string | string[] | undefined) =>
  typeof value === "string" ? value : undefined;

export default async function AnalyticsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const fallback = lastDays(30);
  const requested = {
    from: text(params.from) ?? fallback.from,
    to: text(params.to) ?? fallback.to,
  };
  const parsed = analyticsRangeInput.safeParse(requested);
  const errors: Record<string, string> = {};
  if (!parsed.success)
    for (const issue of parsed.error.issues) errors[String(issue.path[0])] ??= issue.message;

  return (
    <div className="grid gap-6">
      <div className="grid gap-2">
        <BackLink href="/admin">Admin dashboard</BackLink>
        <h1 className="text-3xl font-semibold">Analytics</h1>
        <p className="max-w-3xl text-muted-foreground">
          Whether RESQ works for its users, from what actually happened: sign-ups, sign-ins,
          bookings, messages and support requests. Counts only — no one&apos;s personal data. Days
          are UTC days; weeks start on Monday.
        </p>
      </div>

      <form
        method="get"
        action="/admin/analytics"
        aria-label="Date range"
        className="grid gap-4 rounded-xl border bg-card p-4 sm:grid-cols-[1fr_1fr_auto] sm:items-start"
      >
        <FormField label="From" id="range-from" error={errors.from} required>
          <Input
            type="date"
            name="from"
            defaultValue={requested.from}
            required
            {...fieldAriaProps("range-from", { error: errors.from })}
          />
        </FormField>
        <FormField
          label="To"
          id="range-to"
          error={errors.to}
          description={`At most ${MAX_RANGE_DAYS} days.`}
          required
        >
          <Input
            type="date"
            name="to"
            defaultValue={requested.to}
            required
            {...fieldAriaProps("range-to", { error: errors.to, description: "range-to" })}
          />
        </FormField>
        <Button type="submit" className="sm:mt-7">
          Show
        </Button>
        <ul className="flex flex-wrap gap-2 sm:col-span-3" aria-label="Quick ranges">
          {PRESETS.map((preset) => {
            const range = lastDays(preset.days);
            return (
              <li key={preset.days}>
                <Button asChild variant="outline" size="sm">
                  <Link href={`/admin/analytics?from=${range.from}&to=${range.to}`}>
                    {preset.label}
                  </Link>
                </Button>
              </li>
            );
          })}
        </ul>
      </form>

      {parsed.success ? (
        <AnalyticsDashboard range={parsed.data} />
      ) : (
        <p role="alert" className="text-sm font-medium text-destructive">
          Correct the dates above to see the figures.
        </p>
      )}
    </div>
  );
}
