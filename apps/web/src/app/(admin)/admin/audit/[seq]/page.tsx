import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";

import { LocalTime } from "~/components/local-time";
import { api } from "~/trpc/server";

import { AdminHeading } from "../../admin-page";
import { outcomeLabel, roleLabel, type AdminT } from "../../labels";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin");
  return { title: t("audit.event.metaTitle") };
}

export const dynamic = "force-dynamic";

export default async function AuditEventPage({ params }: { params: Promise<{ seq: string }> }) {
  const t = await getTranslations("admin");
  const seq = Number((await params).seq);
  if (!Number.isSafeInteger(seq) || seq < 1) notFound();
  const event = await (await api()).admin.auditEvent({ seq }).catch((error: { code?: string }) => {
    if (error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const rows: [string, React.ReactNode][] = [
    [t("audit.event.when"), <LocalTime key="when" date={event.occurredAt} />],
    [
      t("audit.event.action"),
      <span key="action" className="font-mono">
        {event.action}
      </span>,
    ],
    [t("audit.event.outcome"), outcomeLabel(t, event.outcome)],
    [t("audit.event.actor"), person(t, event.actorEmail, event.actorId, event.actorRole)],
    [t("audit.event.patient"), person(t, event.patientEmail, event.patientId)],
    [t("audit.event.subject"), person(t, event.subjectEmail, event.subjectUserId)],
    [
      t("audit.event.record"),
      event.recordType ? `${event.recordType} ${event.recordId ?? ""}` : "—",
    ],
    [t("audit.event.from"), [event.ip, event.userAgent].filter(Boolean).join(" · ") || "—"],
  ];

  return (
    <div className="grid gap-6">
      <AdminHeading
        title={t("audit.event.title", { seq: event.seq })}
        back={{ href: "/admin/audit", label: t("audit.title") }}
      />
      <dl className="grid gap-3 rounded-xl border p-4 text-sm sm:grid-cols-[12rem_1fr]">
        {rows.map(([term, value]) => (
          <div key={term} className="contents">
            <dt className="font-medium text-muted-foreground">{term}</dt>
            <dd className="break-all">{value}</dd>
          </div>
        ))}
      </dl>
      <section aria-labelledby="details-heading" className="grid gap-2">
        <h2 id="details-heading" className="text-xl font-semibold">
          {t("audit.event.details")}
        </h2>
        <pre className="overflow-x-auto rounded-xl border bg-muted p-4 text-xs">
          {JSON.stringify(event.details, null, 2)}
        </pre>
      </section>
      <section aria-labelledby="hash-heading" className="grid gap-2 text-sm">
        <h2 id="hash-heading" className="text-xl font-semibold">
          {t("audit.event.chain")}
        </h2>
        <p className="break-all">
          <span className="text-muted-foreground">{t("audit.event.previousHash")} </span>
          <code>{event.prevHash || t("audit.event.firstEvent")}</code>
        </p>
        <p className="break-all">
          <span className="text-muted-foreground">{t("audit.event.hash")} </span>
          <code>{event.hash}</code>
        </p>
      </section>
    </div>
  );
}

function person(t: AdminT, email: string | null, id: string | null, role?: string | null) {
  if (!id) return "—";
  const who = email ?? id;
  return role ? t("common.withRole", { name: who, role: roleLabel(t, role) }) : who;
}
