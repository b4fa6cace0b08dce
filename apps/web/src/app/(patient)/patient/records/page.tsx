import { History } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";

import { RecordDownloads } from "~/components/records/downloads";
import { SummaryCards } from "~/components/records/summary-cards";
import { RecordTimeline } from "~/components/records/timeline";
import { timelineFilters, timelineInput } from "~/components/records/types";
import { api } from "~/trpc/server";

export const metadata: Metadata = { title: "Your health record" };

const PAGE_SIZE = 20;
const linkClass = "font-medium text-primary underline underline-offset-4 hover:no-underline";

export default async function PatientRecordsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
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
            Back to your dashboard
          </Link>
        </p>
        <h1 className="text-3xl font-semibold">Your health record</h1>
        <p className="text-muted-foreground">
          What your doctors have recorded about your health. Every time someone opens it, it is
          logged.
        </p>
      </div>

      <section aria-labelledby="keep-title" className="grid gap-3 rounded-xl border p-4 sm:p-6">
        <h2 id="keep-title" className="text-xl font-semibold">
          Keep a copy
        </h2>
        <p className="text-sm text-muted-foreground">
          A PDF to read or print, or a FHIR file that another clinic&apos;s system can import.
        </p>
        <RecordDownloads />
        <p className="flex items-center gap-2 text-sm">
          <History aria-hidden="true" className="size-4 text-primary" />
          <Link href="/patient/records/access-log" className={linkClass}>
            Who viewed my record
          </Link>
        </p>
      </section>

      <section aria-labelledby="summary-title" className="grid gap-4">
        <h2 id="summary-title" className="text-xl font-semibold">
          Summary
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
