import Link from "next/link";

import { Button } from "@resq/ui/button";

/** Search params as Next hands them to a page. */
export type SearchParams = Record<string, string | string[] | undefined>;

/** One text value of a search param ("" when absent or repeated). */
export function param(params: SearchParams, name: string): string {
  const value = params[name];
  return typeof value === "string" ? value.trim() : "";
}

/** The `page` param when it is a sane page number, else 1. */
export function pageParam(params: SearchParams): number {
  const requested = Number(param(params, "page") || "1");
  return Number.isInteger(requested) && requested >= 1 && requested <= 10_000 ? requested : 1;
}

/** A URL with the given params, leaving out empty ones. */
export function withParams(path: string, values: Record<string, string | number | undefined>) {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(values))
    if (value !== undefined && value !== "" && !(name === "page" && value === 1))
      search.set(name, String(value));
  const query = search.toString();
  return query ? `${path}?${query}` : path;
}

export const selectClass =
  "h-10 w-full rounded-md border border-input bg-background px-3 text-base shadow-xs outline-none focus-visible:border-ring focus-visible:ring-[3px] focus-visible:ring-ring/50 md:text-sm dark:bg-input/30";

/** The top of an admin page: the way back, the heading and what the page is for. */
export function AdminHeading({
  title,
  back = { href: "/admin", label: "Admin dashboard" },
  children,
}: {
  title: string;
  back?: { href: string; label: string };
  children?: React.ReactNode;
}) {
  return (
    <div className="grid gap-2">
      <p className="text-sm">
        <Link
          href={back.href}
          className="text-primary underline underline-offset-4 hover:no-underline"
        >
          {back.label}
        </Link>
      </p>
      <h1 className="text-3xl font-semibold break-words">{title}</h1>
      {children ? <div className="max-w-3xl text-muted-foreground">{children}</div> : null}
    </div>
  );
}

/** Previous / next links under a paginated list. */
export function Pager({
  label,
  page,
  total,
  pageSize,
  hrefFor,
}: {
  label: string;
  page: number;
  total: number;
  pageSize: number;
  hrefFor: (page: number) => string;
}) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return null;
  return (
    <nav aria-label={label} className="flex flex-wrap items-center gap-3">
      {page > 1 ? (
        <Button asChild variant="outline" size="sm">
          <Link href={hrefFor(page - 1)}>Previous page</Link>
        </Button>
      ) : null}
      <span className="text-sm text-muted-foreground">
        Page {page} of {pages}
      </span>
      {page < pages ? (
        <Button asChild variant="outline" size="sm">
          <Link href={hrefFor(page + 1)}>Next page</Link>
        </Button>
      ) : null}
    </nav>
  );
}
