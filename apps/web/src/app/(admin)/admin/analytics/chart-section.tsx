"use client";

import { useTranslations } from "next-intl";

import { Skeleton } from "@resq/ui/skeleton";

import { apiProblem } from "~/components/api-problem";

/**
 * One chart of the analytics page: a heading, a sentence saying what it shows, the chart (hidden
 * from screen readers, which get the sentence and the table instead), and the figures as a table
 * behind a disclosure. Skeleton while loading, a message when it failed or nothing happened.
 */
export function ChartSection({
  id,
  title,
  query,
  summary,
  empty,
  chart,
  table,
}: {
  id: string;
  title: string;
  query: { isPending: boolean; error: unknown };
  summary: string | null;
  empty: boolean;
  chart: React.ReactNode;
  table: React.ReactNode;
}) {
  const t = useTranslations("admin.analytics.section");
  return (
    <section
      aria-labelledby={`${id}-heading`}
      aria-busy={query.isPending}
      className="grid min-w-0 content-start gap-3 rounded-xl border bg-card p-4 shadow-sm"
      data-testid={`chart-${id}`}
    >
      <h2 id={`${id}-heading`} className="text-lg font-semibold">
        {title}
      </h2>
      {query.isPending ? (
        <div className="grid gap-3">
          <span className="sr-only">{t("loading", { title: title.toLowerCase() })}</span>
          <Skeleton className="h-4 w-3/4" />
          <Skeleton className="h-56 w-full" />
        </div>
      ) : query.error ? (
        <p role="alert" className="text-sm font-medium text-destructive">
          {apiProblem(query.error).message}
        </p>
      ) : (
        <>
          <p className="text-sm">{summary}</p>
          {empty ? (
            <p className="rounded-md border border-dashed p-6 text-center text-sm text-muted-foreground">
              {t("empty")}
            </p>
          ) : (
            // The chart repeats the sentence above and the table below for sighted users.
            <div aria-hidden="true" className="h-64 w-full min-w-0">
              {chart}
            </div>
          )}
          <details className="text-sm">
            <summary className="w-fit cursor-pointer rounded-sm font-medium text-primary underline underline-offset-4">
              {t("asTable", { title })}
            </summary>
            <div className="mt-3">{table}</div>
          </details>
        </>
      )}
    </section>
  );
}

/** A simple figures table: a caption, column headings, one row per bucket. */
export function FiguresTable({
  caption,
  columns,
  rows,
}: {
  caption: string;
  columns: string[];
  rows: (string | number)[][];
}) {
  return (
    <div
      className="max-h-80 overflow-auto rounded-md border"
      // A scrolling region must be reachable by keyboard to be read (WCAG 2.1.1).
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
      tabIndex={0}
      role="region"
      aria-label={caption}
    >
      <table className="w-full text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="sticky top-0 bg-muted">
          <tr>
            {columns.map((column, index) => (
              <th
                key={column}
                scope="col"
                className={
                  index === 0
                    ? "px-3 py-2 text-left font-medium"
                    : "px-3 py-2 text-right font-medium"
                }
              >
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.join("|")} className="border-t">
              {row.map((cell, index) =>
                index === 0 ? (
                  <th key={index} scope="row" className="px-3 py-1.5 text-left font-normal">
                    {cell}
                  </th>
                ) : (
                  <td key={index} className="px-3 py-1.5 text-right tabular-nums">
                    {cell}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
