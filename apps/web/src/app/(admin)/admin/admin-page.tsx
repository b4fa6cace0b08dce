import { useTranslations } from "next-intl";
import Link from "next/link";

/** Search params as Next hands them to a page. */
export type SearchParams = Record<string, string | string[] | undefined>;

/** One text value of a search param ("" when absent or repeated). */
export function param(params: SearchParams, name: string): string {
  const value = params[name];
  return typeof value === "string" ? value.trim() : "";
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

/** The top of an admin page: the way back (the dashboard unless given), the heading and what the page is for. */
export function AdminHeading({
  title,
  back,
  children,
}: {
  title: string;
  back?: { href: string; label: string };
  children?: React.ReactNode;
}) {
  const t = useTranslations("admin");
  const way = back ?? { href: "/admin", label: t("common.dashboardLink") };
  return (
    <div className="grid gap-2">
      <p className="text-sm">
        <Link
          href={way.href}
          className="text-primary underline underline-offset-4 hover:no-underline"
        >
          {way.label}
        </Link>
      </p>
      <h1 className="text-3xl font-semibold break-words">{title}</h1>
      {children ? <div className="max-w-3xl text-muted-foreground">{children}</div> : null}
    </div>
  );
}
