import { History } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";

import { RecordDownloads } from "~/components/records/downloads";
import { SummaryCards } from "~/components/records/summary-cards";
import { RecordTimeline } from "~/components/records/timeline";
import { timelineFilters, timelineInput } from "~/components/records/types";
import { api } from "~/trpc/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("patient.records");
  return { title: t("title") };
}

const PAGE_SIZE = 20;
const linkClass = "font-medium text-primary underline underline-offset-4 hover:no-underline";

export default async function PatientRecordsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const t = await getTranslations("patient.records");
  const filters = timelineFilters(await searchParams);
  const trpc = await api();
  const [summary, timeline] = await Promise.all([
    trpc.records.summary({}),
    trpc.records.timeline(timelineInput(filters, PAGE_SIZE)),
  ]);

  return (
    <div className="grid max-w-4xl gap-8">
      <div className="grid gap-2">
        <p className="text-sm">
          <Link href="/patient" className="text-primary underline underline-offset-4">
            {t("backToDashboard")}
          </Link>
        </p>
        <h1 className="text-3xl font-semibold">{t("title")}</h1>
        <p className="text-muted-foreground">{t("intro")}</p>
      </div>

      <section aria-labelledby="keep-title" className="grid gap-3 rounded-xl border p-4 sm:p-6">
        <h2 id="keep-title" className="text-xl font-semibold">
          {t("keepCopy")}
        </h2>
        <p className="text-sm text-muted-foreground">{t("keepCopyText")}</p>
        <RecordDownloads />
        <p className="flex items-center gap-2 text-sm">
          <History aria-hidden="true" className="size-4 text-primary" />
          <Link href="/patient/records/access-log" className={linkClass}>
            {t("whoViewed")}
          </Link>
        </p>
      </section>

      <section aria-labelledby="summary-title" className="grid gap-4">
        <h2 id="summary-title" className="text-xl font-semibold">
          {t("summary")}
        </h2>
        <SummaryCards summary={summary} />
      </section>

      <RecordTimeline
        timeline={timeline}
        filters={filters}
        basePath="/patient/records"
        hrefFor={(id) => `/patient/records/${id}`}
      />
    </div>
  );
}
