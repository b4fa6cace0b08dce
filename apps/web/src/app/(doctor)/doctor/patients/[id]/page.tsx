import { ShieldAlert } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";

import { BreakGlassForm, EmergencyBanner } from "~/components/records/break-glass";
import { RecordDownloads } from "~/components/records/downloads";
import { ChartEntryButtons } from "~/components/records/entry-forms";
import { orNotFound, UUID } from "~/components/records/load";
import { NoteEditor } from "~/components/records/note-editor";
import { SummaryCards } from "~/components/records/summary-cards";
import { RecordTimeline } from "~/components/records/timeline";
import { timelineFilters, timelineInput } from "~/components/records/types";
import { api } from "~/trpc/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("doctor.chart");
  return { title: t("metaTitle") };
}

const PAGE_SIZE = 20;

export default async function PatientChartPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { id } = await params;
  if (!UUID.test(id)) notFound();
  const t = await getTranslations("doctor.chart");
  const query = await searchParams;
  const filters = timelineFilters(query);
  const appointment =
    typeof query.appointment === "string" && UUID.test(query.appointment)
      ? query.appointment
      : undefined;
  const trpc = await api();
  const summary = await orNotFound(() => trpc.records.summary({ patientId: id }));

  if (!summary) {
    return (
      <div className="grid max-w-2xl gap-6">
        <p className="text-sm">
          <Link href="/doctor/patients" className="text-primary underline underline-offset-4">
            {t("back")}
          </Link>
        </p>
        <h1 className="text-3xl font-semibold">{t("notInCareTitle")}</h1>
        <p>{t("notInCareText")}</p>
        <section
          aria-labelledby="break-glass-title"
          className="grid gap-4 rounded-xl border-2 border-destructive/60 p-4 sm:p-6"
        >
          <h2 id="break-glass-title" className="flex items-center gap-2 text-xl font-semibold">
            <ShieldAlert aria-hidden="true" className="size-5 text-destructive" />
            {t("breakGlass")}
          </h2>
          <BreakGlassForm patientId={id} />
        </section>
      </div>
    );
  }

  const timeline = await trpc.records.timeline({
    patientId: id,
    ...timelineInput(filters, PAGE_SIZE),
  });
  const base = `/doctor/patients/${id}`;

  return (
    <div className="grid gap-8">
      <div className="grid gap-2">
        <p className="text-sm">
          <Link href="/doctor/patients" className="text-primary underline underline-offset-4">
            {t("back")}
          </Link>
        </p>
        <h1 className="text-3xl font-semibold">{summary.patient?.name ?? t("patient")}</h1>
        <p className="text-muted-foreground">{t("chart")}</p>
      </div>

      {summary.access === "break_glass" ? <EmergencyBanner patientId={id} /> : null}

      <section aria-labelledby="summary-title" className="grid gap-4">
        <h2 id="summary-title" className="text-xl font-semibold">
          {t("summary")}
        </h2>
        <SummaryCards summary={summary} />
      </section>

      <section aria-labelledby="add-title" className="grid gap-3 rounded-xl border p-4 sm:p-6">
        <h2 id="add-title" className="text-xl font-semibold">
          {t("add")}
        </h2>
        <ChartEntryButtons patientId={id} />
      </section>

      <section
        id="note"
        aria-labelledby="note-title"
        className="grid gap-3 rounded-xl border p-4 sm:p-6"
      >
        <h2 id="note-title" className="text-xl font-semibold">
          {t("writeNote")}
        </h2>
        <NoteEditor patientId={id} appointmentId={appointment} />
        <p className="text-sm text-muted-foreground">{t("draftsHint")}</p>
      </section>

      <RecordTimeline
        timeline={timeline}
        filters={filters}
        basePath={base}
        hrefFor={(recordId) => `${base}/records/${recordId}`}
      />

      <section aria-labelledby="export-title" className="grid gap-3">
        <h2 id="export-title" className="text-xl font-semibold">
          {t("export")}
        </h2>
        <RecordDownloads patientId={id} />
      </section>
    </div>
  );
}
