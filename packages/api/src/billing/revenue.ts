import { TZDate } from "@date-fns/tz";

export interface MonthRevenue {
  /** yyyy-mm in the practice's time zone. */
  month: string;
  currency: string;
  netMinor: number;
}

/**
 * The last `months` months (oldest first, ending with the current one) with each currency's net
 * revenue, zero where nothing came in, so a chart has no gaps.
 */
export function revenueMonths(
  rows: readonly MonthRevenue[],
  now: Date,
  timeZone: string,
  months: number,
): MonthRevenue[] {
  const currencies = [...new Set(rows.map((r) => r.currency))];
  if (currencies.length === 0) currencies.push("USD");
  const local = new TZDate(now, timeZone);
  const result: MonthRevenue[] = [];
  for (let back = months - 1; back >= 0; back--) {
    const date = new Date(Date.UTC(local.getFullYear(), local.getMonth() - back, 1));
    const month = `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, "0")}`;
    for (const currency of currencies) {
      const netMinor = rows
        .filter((r) => r.month === month && r.currency === currency)
        .reduce((sum, r) => sum + r.netMinor, 0);
      result.push({ month, currency, netMinor });
    }
  }
  return result;
}
