import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";

import { orNotFound, UUID } from "~/components/records/load";
import { RecordDetailView } from "~/components/records/record-detail";
import { typeText } from "~/components/records/types";
import { api } from "~/trpc/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("patient.records");
  return { title: t("entryTitle") };
}

export default async function PatientRecordPage({ params }: { params: Promise<{ id: string }> }) {
  const t = await getTranslations("patient.records");
  const tr = await getTranslations("records");
  const { id } = await params;
  if (!UUID.test(id)) notFound();
  const trpc = await api();
  const detail = await orNotFound(() => trpc.records.get({ id }));
  if (!detail) notFound();

  return (
    <div className="grid max-w-3xl gap-6">
      <div className="grid gap-2">
        <p className="text-sm">
          <Link href="/patient/records" className="text-primary underline underline-offset-4">
            {t("backToRecord")}
          </Link>
        </p>
        <h1 className="text-3xl font-semibold">{typeText(tr, detail.type)}</h1>
      </div>
      <RecordDetailView detail={detail} hrefFor={(other) => `/patient/records/${other}`} />
    </div>
  );
}
