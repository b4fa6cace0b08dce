import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";

import { orNotFound, UUID } from "~/components/records/load";
import { AmendNoteForm, NoteEditor } from "~/components/records/note-editor";
import { noteOf, RecordDetailView } from "~/components/records/record-detail";
import { typeText } from "~/components/records/types";
import { api, signedInCaller } from "~/trpc/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("doctor.entry");
  return { title: t("metaTitle") };
}

export default async function ChartEntryPage({
  params,
}: {
  params: Promise<{ id: string; recordId: string }>;
}) {
  const { id, recordId } = await params;
  if (!UUID.test(id) || !UUID.test(recordId)) notFound();
  const trpc = await api();
  const detail = await orNotFound(() => trpc.records.get({ id: recordId }));
  if (!detail) notFound();
  const note = noteOf(detail);
  if ((detail.record as { patientId?: unknown }).patientId !== id) notFound();
  const caller = await signedInCaller();
  const t = await getTranslations("doctor.entry");
  const tr = await getTranslations("records");
  const base = `/doctor/patients/${id}`;
  const draft = note?.note.status === "draft" && note.note.doctorId === caller?.userId;

  return (
    <div className="grid max-w-3xl gap-6">
      <div className="grid gap-2">
        <p className="text-sm">
          <Link href={base} className="text-primary underline underline-offset-4">
            {t("back")}
          </Link>
        </p>
        <h1 className="text-3xl font-semibold">
          {draft ? t("draftTitle") : typeText(tr, detail.type)}
        </h1>
      </div>
      {draft && note ? (
        <NoteEditor patientId={id} noteId={note.note.id} initialBody={note.note.body} />
      ) : (
        <RecordDetailView detail={detail} hrefFor={(other) => `${base}/records/${other}`} />
      )}
      {note && note.note.status === "signed" ? (
        <section aria-labelledby="amend-title" className="grid gap-3 rounded-xl border p-4 sm:p-6">
          <h2 id="amend-title" className="text-xl font-semibold">
            {t("amendTitle")}
          </h2>
          <p className="text-sm text-muted-foreground">{t("amendText")}</p>
          <AmendNoteForm patientId={id} noteId={note.note.id} initialBody={note.note.body} />
        </section>
      ) : null}
    </div>
  );
}
