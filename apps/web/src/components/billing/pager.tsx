import Link from "next/link";
import { useTranslations } from "next-intl";

const linkClass = "font-medium text-primary underline underline-offset-4 hover:no-underline";

/** The page number in `?page=` (1 when missing or not a positive whole number). */
export function pageParam(value: string | string[] | undefined): number {
  const page = Number(Array.isArray(value) ? value[0] : value);
  return Number.isInteger(page) && page > 0 ? page : 1;
}

/** "Newer · Page 2 of 5 · Older" links for a list shown newest first; nothing for one page. */
export function Pager({
  label,
  page,
  total,
  pageSize,
  hrefFor,
  newer,
  older,
}: {
  label: string;
  page: number;
  total: number;
  pageSize: number;
  hrefFor: (page: number) => string;
  newer: string;
  older: string;
}) {
  const t = useTranslations("billing.pager");
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return null;
  return (
    <nav aria-label={label} className="flex gap-4 text-sm">
      {page > 1 ? (
        <Link className={linkClass} href={hrefFor(page - 1)}>
          {newer}
        </Link>
      ) : null}
      <span>{t("page", { page, pages })}</span>
      {page < pages ? (
        <Link className={linkClass} href={hrefFor(page + 1)}>
          {older}
        </Link>
      ) : null}
    </nav>
  );
}
