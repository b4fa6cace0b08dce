"use client";

import { useLocale, useTranslations } from "next-intl";
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

import { currencyDigits, formatMoney } from "~/components/format";

export interface MonthRevenue {
  month: string;
  currency: string;
  netMinor: number;
}

const monthName = (month: string, locale: string) => {
  const [y, m] = month.split("-").map(Number);
  return new Intl.DateTimeFormat(locale, {
    month: "short",
    year: "numeric",
    timeZone: "UTC",
  }).format(new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, 1)));
};

/**
 * Revenue by month as a bar chart, with the same numbers as a table for screen readers and
 * keyboard users (the chart itself is hidden from assistive technology).
 */
export function RevenueChart({ months }: { months: MonthRevenue[] }) {
  const t = useTranslations("billing.revenue");
  const locale = useLocale();
  const currency = months[0]?.currency ?? "USD";
  const rows = months.filter((m) => m.currency === currency);
  const digits = currencyDigits(currency);
  const data = rows.map((m) => ({
    label: monthName(m.month, locale),
    value: m.netMinor / 10 ** digits,
  }));
  return (
    <div className="grid gap-4">
      <div aria-hidden="true" className="h-64 w-full">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart
            data={data}
            margin={{ top: 8, right: 8, bottom: 8, left: 8 }}
            accessibilityLayer={false}
          >
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="label" tick={{ fontSize: 12 }} interval="preserveStartEnd" />
            <YAxis tick={{ fontSize: 12 }} width={64} />
            <Tooltip
              formatter={(value) =>
                formatMoney(Math.round(Number(value) * 10 ** digits), currency, locale)
              }
            />
            <Bar
              dataKey="value"
              name={t("series")}
              fill="var(--color-primary)"
              radius={[4, 4, 0, 0]}
            />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <details>
        <summary className="cursor-pointer text-sm font-medium">{t("asTable")}</summary>
        <table className="mt-2 w-full text-sm" data-testid="revenue-table">
          <caption className="sr-only">{t("caption", { currency })}</caption>
          <thead>
            <tr>
              <th scope="col" className="py-1 text-left">
                {t("month")}
              </th>
              <th scope="col" className="py-1 text-right">
                {t("revenue")}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((m) => (
              <tr key={m.month} className="border-t">
                <th scope="row" className="py-1 text-left font-normal">
                  {monthName(m.month, locale)}
                </th>
                <td className="py-1 text-right">{formatMoney(m.netMinor, currency, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </div>
  );
}
