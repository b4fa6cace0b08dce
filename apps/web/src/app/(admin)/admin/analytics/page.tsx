import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";

import { analyticsRangeInput, lastDays, MAX_RANGE_DAYS } from "@resq/api/analytics-range";
import { Button } from "@resq/ui/button";
import { fieldAriaProps, FormField } from "@resq/ui/form-field";
import { Input } from "@resq/ui/input";

import { BackLink } from "~/components/back-link";

import { schemaMessage } from "../schema-messages";
import { AnalyticsDashboard } from "./dashboard";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin");
  return { title: t("analytics.title") };
}

export const dynamic = "force-dynamic";

const PRESETS = [
  { days: 7, label: "last7Days" },
  { days: 30, label: "last30Days" },
  { days: 90, label: "last90Days" },
  { days: 365, label: "last12Months" },
] as const;

const text = (value: string | string[] | undefined) =>
  typeof value === "string" ? value : undefined;

export default async function AnalyticsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const t = await getTranslations("admin");
  const params = await searchParams;
  const fallback = lastDays(30);
  const requested = {
    from: text(params.from) ?? fallback.from,
    to: text(params.to) ?? fallback.to,
  };
  const parsed = analyticsRangeInput.safeParse(requested);
  const errors: Record<string, string> = {};
  if (!parsed.success)
    for (const issue of parsed.error.issues)
      errors[String(issue.path[0])] ??= schemaMessage(t, issue.message);

  return (
    <div className="grid gap-6">
      <div className="grid gap-2">
        <BackLink href="/admin">{t("common.dashboardLink")}</BackLink>
        <h1 className="text-3xl font-semibold">{t("analytics.title")}</h1>
        <p className="max-w-3xl text-muted-foreground">{t("analytics.intro")}</p>
      </div>

      <form
        method="get"
        action="/admin/analytics"
        aria-label={t("analytics.rangeLabel")}
        className="grid gap-4 rounded-xl border bg-card p-4 sm:grid-cols-[1fr_1fr_auto] sm:items-start"
      >
        <FormField label={t("analytics.from")} id="range-from" error={errors.from} required>
          <Input
            type="date"
            name="from"
            defaultValue={requested.from}
            required
            {...fieldAriaProps("range-from", { error: errors.from })}
          />
        </FormField>
        <FormField
          label={t("analytics.to")}
          id="range-to"
          error={errors.to}
          description={t("analytics.maxDays", { max: MAX_RANGE_DAYS })}
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
          {t("analytics.show")}
        </Button>
        <ul className="flex flex-wrap gap-2 sm:col-span-3" aria-label={t("analytics.quickRanges")}>
          {PRESETS.map((preset) => {
            const range = lastDays(preset.days);
            return (
              <li key={preset.days}>
                <Button asChild variant="outline" size="sm">
                  <Link href={`/admin/analytics?from=${range.from}&to=${range.to}`}>
                    {t(`analytics.presets.${preset.label}`)}
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
          {t("analytics.fixDates")}
        </p>
      )}
    </div>
  );
}
