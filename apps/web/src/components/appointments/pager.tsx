import Link from "next/link";
import { useTranslations } from "next-intl";

import { Button } from "@resq/ui/button";

/** Previous / next page links for a list whose total is unknown (`hasNext` from an extra row). */
export function Pager({
  page,
  hasNext,
  hrefFor,
  label,
}: {
  page: number;
  hasNext: boolean;
  hrefFor: (page: number) => string;
  label: string;
}) {
  const t = useTranslations("appointments.pager");
  if (page <= 1 && !hasNext) return null;
  return (
    <nav aria-label={label} className="flex items-center gap-3">
      {page > 1 ? (
        <Button asChild variant="outline" size="sm">
          <Link href={hrefFor(page - 1)}>{t("previous")}</Link>
        </Button>
      ) : null}
      <span className="text-sm text-muted-foreground">{t("page", { page })}</span>
      {hasNext ? (
        <Button asChild variant="outline" size="sm">
          <Link href={hrefFor(page + 1)}>{t("next")}</Link>
        </Button>
      ) : null}
    </nav>
  );
}

/** A positive page number from a search parameter (1 when missing or nonsense). */
export function pageParam(value: string | string[] | undefined): number {
  const page = Number(Array.isArray(value) ? value[0] : value);
  return Number.isInteger(page) && page >= 1 && page <= 1000 ? page : 1;
}
