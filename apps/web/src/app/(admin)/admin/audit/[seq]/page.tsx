import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { LocalTime } from "~/components/local-time";
import { api } from "~/trpc/server";

import { AdminHeading } from "../../admin-page";

export const metadata: Metadata = { title: "Audit event" };
export const dynamic = "force-dynamic";

export default async function AuditEventPage({ params }: { params: Promise<{ seq: string }> }) {
  const seq = Number((await params).seq);
  if (!Number.isSafeInteger(seq) || seq < 1) notFound();
  const event = await (await api()).admin.auditEvent({ seq }).catch((error: { code?: string }) => {
    if (error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const rows: [string, React.ReactNode][] = [
    ["When", <LocalTime key="when" date={event.occurredAt} />],
    [
      "Action",
      <span key="action" className="font-mono">
        {event.action}
      </span>,
    ],
    ["Outcome", event.outcome],
    ["Actor", person(event.actorEmail, event.actorId, event.actorRole)],
    ["Patient", person(event.patientEmail, event.patientId)],
    ["Account acted on", person(event.subjectEmail, event.subjectUserId)],
    ["Record", event.recordType ? `${event.recordType} ${event.recordId ?? ""}` : "—"],
    ["From", [event.ip, event.userAgent].filter(Boolean).join(" · ") || "—"],
  ];

  return (
    <div className="grid gap-6">
      <AdminHeading
        title={`Audit event ${event.seq}`}
        back={{ href: "/admin/audit", label: "Audit log" }}
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
          Details
        </h2>
        <pre className="overflow-x-auto rounded-xl border bg-muted p-4 text-xs">
          {JSON.stringify(event.details, null, 2)}
        </pre>
      </section>
      <section aria-labelledby="hash-heading" className="grid gap-2 text-sm">
        <h2 id="hash-heading" className="text-xl font-semibold">
          Chain
        </h2>
        <p className="break-all">
          <span className="text-muted-foreground">Previous hash: </span>
          <code>{event.prevHash || "(first event)"}</code>
        </p>
        <p className="break-all">
          <span className="text-muted-foreground">This event&apos;s hash: </span>
          <code>{event.hash}</code>
        </p>
      </section>
    </div>
  );
}

function person(email: string | null, id: string | null, role?: string | null): string {
  if (!id) return "—";
  return `${email ?? id}${role ? ` (${role})` : ""}`;
}
