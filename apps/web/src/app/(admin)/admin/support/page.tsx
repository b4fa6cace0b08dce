import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";

import { Button } from "@resq/ui/button";
import { FormField } from "@resq/ui/form-field";

import { BackLink } from "~/components/back-link";
import { nativeSelectClass } from "~/components/forms/native-select";
import { Pager, pageParam } from "~/components/appointments/pager";
import { SupportStatusBadge } from "~/components/support/status-badge";
import { api } from "~/trpc/server";

import { categoryLabel, roleLabel } from "../labels";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin");
  return { title: t("support.title") };
}

export const dynamic = "force-dynamic";

const PAGE_SIZE = 20;
const STATUSES = ["active", "open", "answered", "closed", "all"] as const;
type Status = (typeof STATUSES)[number];

const text = (value: string | string[] | undefined) =>
  typeof value === "string" ? value : undefined;

/** How long a request has waited, in its largest whole unit (the message words it). */
function age(
  since: Date,
  now: Date,
): { unit: "now" | "minute" | "hour" | "day" | "month"; count: number } {
  const minutes = Math.max(0, Math.floor((now.getTime() - since.getTime()) / 60_000));
  if (minutes < 1) return { unit: "now", count: 0 };
  if (minutes < 60) return { unit: "minute", count: minutes };
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return { unit: "hour", count: hours };
  const days = Math.floor(hours / 24);
  if (days < 60) return { unit: "day", count: days };
  return { unit: "month", count: Math.floor(days / 30) };
}

export default async function SupportQueuePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const t = await getTranslations("admin");
  const params = await searchParams;
  const status: Status = STATUSES.find((s) => s === params.status) ?? "active";
  const trpc = await api();
  const admins = await trpc.support.assignees();
  const requestedAssignee = text(params.assignee) ?? "anyone";
  const assignee =
    ["anyone", "me", "unassigned"].includes(requestedAssignee) ||
    admins.some((a) => a.id === requestedAssignee)
      ? requestedAssignee
      : "anyone";
  const page = pageParam(params.page);
  const queue = await trpc.support.queue({ status, assignee, page, pageSize: PAGE_SIZE });
  const now = new Date();
  const hrefFor = (p: number) =>
    `/admin/support?${new URLSearchParams({ status, assignee, page: String(p) }).toString()}`;

  return (
    <div className="grid gap-6">
      <div className="grid gap-2">
        <BackLink href="/admin">{t("common.dashboardLink")}</BackLink>
        <h1 className="text-3xl font-semibold">{t("support.title")}</h1>
        <p className="max-w-3xl text-muted-foreground">{t("support.intro")}</p>
      </div>

      <form
        method="get"
        action="/admin/support"
        aria-label={t("support.filterLabel")}
        className="grid gap-4 rounded-xl border bg-card p-4 sm:grid-cols-[1fr_1fr_auto] sm:items-end"
      >
        <FormField label={t("support.status")} id="filter-status">
          <select
            id="filter-status"
            name="status"
            defaultValue={status}
            className={nativeSelectClass}
          >
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`support.statuses.${s}`)}
              </option>
            ))}
          </select>
        </FormField>
        <FormField label={t("support.assignedTo")} id="filter-assignee">
          <select
            id="filter-assignee"
            name="assignee"
            defaultValue={assignee}
            className={nativeSelectClass}
          >
            <option value="anyone">{t("support.anyone")}</option>
            <option value="me">{t("support.me")}</option>
            <option value="unassigned">{t("support.nobodyYet")}</option>
            {admins.map((admin) => (
              <option key={admin.id} value={admin.id}>
                {admin.name}
              </option>
            ))}
          </select>
        </FormField>
        <Button type="submit">{t("common.filter")}</Button>
      </form>

      <p role="status" className="text-sm text-muted-foreground">
        {queue.total === 0 ? t("support.none") : t("support.count", { count: queue.total })}
      </p>

      {queue.items.length > 0 ? (
        <ul className="grid gap-3" aria-label={t("support.listLabel")}>
          {queue.items.map((ticket) => (
            <li key={ticket.id}>
              <Link
                href={`/admin/support/${ticket.id}`}
                className="grid gap-1 rounded-xl border bg-card p-4 hover:bg-accent focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring"
                data-testid="support-queue-item"
              >
                <span className="flex flex-wrap items-center gap-2">
                  <span className="font-semibold break-words">{ticket.subject}</span>
                  <SupportStatusBadge status={ticket.status} />
                </span>
                <span className="text-sm text-muted-foreground">
                  {[
                    ticket.reference,
                    t("common.withRole", {
                      name: ticket.requesterName,
                      role: roleLabel(t, ticket.requesterRole),
                    }),
                    categoryLabel(t, ticket.category),
                    t("support.age", age(ticket.createdAt, now)),
                    ticket.assigneeName
                      ? t("support.assignedToName", { name: ticket.assigneeName })
                      : t("support.notAssigned"),
                  ].join(" · ")}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      ) : null}
      <Pager
        page={page}
        hasNext={page * PAGE_SIZE < queue.total}
        hrefFor={hrefFor}
        label={t("support.pages")}
      />
    </div>
  );
}
