import Link from "next/link";
import { useTranslations } from "next-intl";

import { Button } from "@resq/ui/button";
import { Input } from "@resq/ui/input";
import { Label } from "@resq/ui/label";

import { Pager } from "~/components/appointments/pager";
import { LocalTime } from "~/components/local-time";

import { OutOfRange } from "./summary-cards";
import {
  RECORD_TYPES,
  timelineHref,
  typeText,
  valueText,
  type RecordsT,
  type Timeline,
  type TimelineFilters,
} from "./types";

// The API's English suffix of an out-of-range lab's detail; shown as <OutOfRange> instead.
const OUTSIDE = " · outside the normal range";
// The API's English title of an amended treatment note.
const AMENDED = /^Treatment note \(amended, version (\d+)\)$/;
const SEPARATOR = " · ";

/** An entry's title in the user's language where the API wrote it (a note's); else as it is. */
function titleText(t: RecordsT, type: string, title: string): string {
  if (type !== "note") return title;
  if (title === "Treatment note") return t("timeline.note");
  const amended = AMENDED.exec(title);
  return amended ? t("timeline.noteAmended", { version: amended[1]! }) : title;
}

/**
 * An entry's detail with the API's coded words (a draft, a status, a severity) in the user's
 * language; what the clinician typed stays as it is.
 */
function detailText(t: RecordsT, type: string, detail: string): string {
  if (type === "note" && detail === "Draft") return t("timeline.draft");
  const kind =
    type === "allergy"
      ? "severity"
      : type === "problem" || type === "prescription"
        ? "status"
        : null;
  const at = detail.lastIndexOf(SEPARATOR);
  if (!kind || at < 0) return detail;
  const cut = at + SEPARATOR.length;
  return detail.slice(0, cut) + valueText(t, kind, detail.slice(cut));
}

/**
 * Every entry of a chart, newest first, with filters kept in the URL (a plain GET form, so it works
 * before hydration) and pages. Each entry links to its detail page.
 */
export function RecordTimeline({
  timeline,
  filters,
  basePath,
  hrefFor,
}: {
  timeline: Timeline;
  filters: TimelineFilters;
  basePath: string;
  hrefFor: (id: string) => string;
}) {
  const t = useTranslations("records");
  const pages = Math.max(1, Math.ceil(timeline.total / timeline.pageSize));
  const filtered = filters.types.length > 0 || filters.from !== "" || filters.to !== "";
  return (
    <section aria-labelledby="timeline-title" id="timeline" className="grid gap-4">
      <h2 id="timeline-title" className="text-xl font-semibold">
        {t("timeline.title")}
      </h2>
      <form
        method="get"
        action={basePath}
        className="grid gap-4 rounded-xl border p-4"
        aria-label={t("timeline.filter")}
      >
        <fieldset className="grid gap-2">
          <legend className="mb-2 text-sm font-medium">{t("timeline.show")}</legend>
          <div className="flex flex-wrap gap-x-5 gap-y-2">
            {RECORD_TYPES.map((type) => (
              <label key={type} className="flex items-center gap-2 text-sm">
                <input
                  type="checkbox"
                  name="types"
                  value={type}
                  defaultChecked={filters.types.includes(type)}
                  className="size-5 shrink-0 accent-primary"
                />
                {t(`type.${type}`)}
              </label>
            ))}
          </div>
        </fieldset>
        <div className="grid gap-4 sm:grid-cols-2">
          <div className="grid gap-2">
            <Label htmlFor="timeline-from">{t("timeline.from")}</Label>
            <Input id="timeline-from" type="date" name="from" defaultValue={filters.from} />
          </div>
          <div className="grid gap-2">
            <Label htmlFor="timeline-to">{t("timeline.to")}</Label>
            <Input id="timeline-to" type="date" name="to" defaultValue={filters.to} />
          </div>
        </div>
        <div className="flex flex-wrap items-center gap-3">
          <Button type="submit" variant="outline">
            {t("timeline.apply")}
          </Button>
          {filtered ? (
            <Link
              href={`${basePath}#timeline`}
              className="text-sm text-primary underline underline-offset-4"
            >
              {t("timeline.clear")}
            </Link>
          ) : null}
        </div>
      </form>
      <p className="text-sm text-muted-foreground" role="status">
        {timeline.total === 0
          ? filtered
            ? t("timeline.noMatches")
            : t("timeline.empty")
          : t("timeline.count", { count: timeline.total })}
      </p>
      {timeline.items.length > 0 ? (
        <ol className="grid gap-2" aria-label={t("timeline.entries")}>
          {timeline.items.map((item) => {
            const outside = item.detail?.endsWith(OUTSIDE) ?? false;
            const detail = outside ? item.detail!.slice(0, -OUTSIDE.length) : item.detail;
            return (
              <li key={`${item.type}-${item.id}`}>
                <Link
                  href={hrefFor(item.id)}
                  className="grid gap-1 rounded-lg border p-3 hover:bg-accent focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring sm:grid-cols-[9rem_1fr]"
                >
                  <span className="text-sm font-medium text-muted-foreground">
                    {typeText(t, item.type)}
                  </span>
                  <span className="grid gap-1">
                    <span className="font-medium text-primary underline-offset-4">
                      {titleText(t, item.type, item.title)}
                    </span>
                    <span className="flex flex-wrap items-center gap-2 text-sm text-muted-foreground">
                      <LocalTime date={item.recordedAt} />
                      {detail ? <span>· {detailText(t, item.type, detail)}</span> : null}
                      {outside ? <OutOfRange /> : null}
                    </span>
                  </span>
                </Link>
              </li>
            );
          })}
        </ol>
      ) : null}
      {pages > 1 ? (
        <p className="text-sm text-muted-foreground">
          {t("timeline.page", { page: timeline.page, pages })}
        </p>
      ) : null}
      <Pager
        page={timeline.page}
        hasNext={timeline.page < pages}
        label={t("timeline.pages")}
        hrefFor={(n) => timelineHref(basePath, filters, n)}
      />
    </section>
  );
}
