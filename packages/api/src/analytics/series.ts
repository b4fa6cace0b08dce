/**
 * Rows from a per-day (or per-week) SQL series as plain numbers. The drivers differ: postgres.js
 * gives bigint and numeric as strings, PGlite as numbers; null means "nothing" and becomes 0.
 */
export function numericSeries<K extends string>(
  rows: readonly Record<string, unknown>[],
  bucket: string,
  keys: readonly K[],
): ({ [P in K]: number } & { bucket: string })[] {
  return rows.map((row) => {
    const point = { bucket: String(row[bucket]) } as { [P in K]: number } & { bucket: string };
    for (const key of keys) {
      const value = Number(row[key] ?? 0);
      (point as Record<string, number | string>)[key] = Number.isFinite(value) ? value : 0;
    }
    return point;
  });
}

/** Seconds as hours with one decimal, or null when there is nothing to measure. */
export function hoursOrNull(seconds: unknown): number | null {
  if (seconds === null || seconds === undefined) return null;
  const value = Number(seconds);
  return Number.isFinite(value) ? Math.round((value / 3600) * 10) / 10 : null;
}

/** `part` as a whole percentage of `whole` (0 of nobody is 0%). */
export function percent(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.round((part / whole) * 100);
}
