import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";

import { BackLink } from "~/components/back-link";
import { LocalTime } from "~/components/local-time";
import { ReplyForm } from "~/components/support/reply-form";
import { SupportStatusBadge } from "~/components/support/status-badge";
import { TicketThread } from "~/components/support/ticket-thread";
import { api } from "~/trpc/server";

import { categoryLabel, roleLabel } from "../../labels";
import { TicketActions } from "./ticket-actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin");
  return { title: t("support.ticket.metaTitle") };
}

export const dynamic = "force-dynamic";

export default async function AdminSupportTicketPage({
  params,
}: {
  params: Promise<{ id: string }>;
}) {
  const { id } = await params;
  const t = await getTranslations("admin");
  if (!/^[0-9a-f-]{36}$/i.test(id)) notFound();
  const trpc = await api();
  const ticket = await trpc.support.get({ id }).catch((error: unknown) => {
    if ((error as { code?: string }).code === "NOT_FOUND") notFound();
    throw error;
  });
  const admins = await trpc.support.assignees();
  const category = categoryLabel(t, ticket.category);

  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_18rem]">
      <div className="grid min-w-0 content-start gap-6">
        <div className="grid gap-2">
          <BackLink href="/admin/support">{t("support.title")}</BackLink>
          <h1 className="text-3xl font-semibold break-words">{ticket.subject}</h1>
          <p className="flex flex-wrap items-center gap-2 text-sm text-muted-foreground">
            <SupportStatusBadge status={ticket.status} />
            <span>
              {ticket.reference} · {category}
            </span>
          </p>
        </div>
        <TicketThread messages={ticket.messages} />
        <section aria-labelledby="answer-heading" className="grid gap-3">
          <h2 id="answer-heading" className="text-xl font-semibold">
            {t("support.ticket.answer")}
          </h2>
          <ReplyForm
            ticketId={ticket.id}
            label={t("support.ticket.yourAnswer")}
            hint={t("support.ticket.answerHint")}
          />
        </section>
      </div>
      <aside aria-labelledby="details-heading" className="grid content-start gap-4">
        <h2 id="details-heading" className="text-xl font-semibold">
          {t("support.ticket.details")}
        </h2>
        <dl className="grid gap-3 rounded-xl border bg-card p-4 text-sm">
          <div className="grid gap-0.5">
            <dt className="text-muted-foreground">{t("support.ticket.from")}</dt>
            <dd>
              {t("common.withRole", {
                name: ticket.requester.name,
                role: roleLabel(t, ticket.requester.role),
              })}
              <br />
              <span className="break-all">{ticket.requester.email}</span>
            </dd>
          </div>
          <div className="grid gap-0.5">
            <dt className="text-muted-foreground">{t("support.ticket.opened")}</dt>
            <dd>
              <LocalTime date={ticket.createdAt} />
            </dd>
          </div>
          <div className="grid gap-0.5">
            <dt className="text-muted-foreground">{t("support.ticket.firstAnswered")}</dt>
            <dd>
              {ticket.firstAnsweredAt ? (
                <LocalTime date={ticket.firstAnsweredAt} />
              ) : (
                t("common.notYet")
              )}
            </dd>
          </div>
          <div className="grid gap-0.5">
            <dt className="text-muted-foreground">{t("support.ticket.assignedTo")}</dt>
            <dd>{ticket.assigneeName ?? t("support.ticket.nobodyYet")}</dd>
          </div>
        </dl>
        <TicketActions
          ticketId={ticket.id}
          status={ticket.status}
          assigneeId={ticket.assigneeId}
          admins={admins}
        />
      </aside>
    </div>
  );
}
