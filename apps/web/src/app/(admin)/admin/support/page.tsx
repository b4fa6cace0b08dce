import type { Metadata } from "next";
import Link from "next/link";

import { SUPPORT_CATEGORIES } from "@resq/api/support-schemas";
import { Button } from "@resq/ui/button";
import { FormField } from "@resq/ui/form-field";

import { BackLink } from "~/components/back-link";
import { nativeSelectClass } from "~/components/forms/native-select";
import { Pager, pageParam } from "~/components/appointments/pager";
import { ageOf } from "~/components/support/age";
import { SupportStatusBadge } from "~/components/support/status-badge";
import { api } from "~/trpc/server";

export const metadata: Metadata = { title: "Support requests" };
export const dynamic = "force-dynamic";

const PAGE_SIZE = 20;
const STATUSES = [
  { value: "active", label: "Not closed" },
  { value: "open", label: "Waiting for support" },
  { value: "answered", label: "Answered" },
  { value: "closed", label: "Closed" },
  { value: "all", label: "All" },
] as const;
type Status = (typeof STATUSES)[number]["value"];

const text = (value: string | string[] | undefined) =>
  typeof value === "string" ? value : undefined;
const categoryLabel = (value: string) =>
  SUPPORT_CATEGORIES.find((c) => c.value === value)?.label ?? value;

export default async function SupportQueuePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const status: Status = STATUSES.find((s) => s.value === params.status)?.value ?? "active";
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
        <BackLink href="/admin">Admin dashboard</BackLink>
        <h1 className="text-3xl font-semibold">Support requests</h1>
        <p className="max-w-3xl text-muted-foreground">
          Requests from patients and doctors, the longest waiting first. Answering assigns a request
          to you if nobody has it; the requester is told by email (without your text).
        </p>
      </div>

      <form
        method="get"
        action="/admin/support"
        aria-label="Filter requests"
        className="grid gap-4 rounded-xl border bg-card p-4 sm:grid-cols-[1fr_1fr_auto] sm:items-end"
      >
        <FormField label="Status" id="filter-status">
          <select
            id="filter-status"
            name="status"
            defaultValue={status}
            className={nativeSelectClass}
          >
            {STATUSES.map((s) => (
              <option key={s.value} value={s.value}>
                {s.label}
              </option>
            ))}
          </select>
        </FormField>
        <FormField label="Assigned to" id="filter-assignee">
          <select
            id="filter-assignee"
            name="assignee"
            defaultValue={assignee}
            className={nativeSelectClass}
          >
            <option value="anyone">Anyone or nobody</option>
            <option value="me">Me</option>
            <option value="unassigned">Nobody yet</option>
            {admins.map((admin) => (
              <option key={admin.id} value={admin.id}>
                {admin.name}
              </option>
            ))}
          </select>
        </FormField>
        <Button type="submit">Filter</Button>
      </form>

      <p role="status" className="text-sm text-muted-foreground">
        {queue.total === 0
          ? "No requests match."
          : `${queue.total} ${queue.total === 1 ? "request" : "requests"}, the oldest first.`}
      </p>

      {queue.items.length > 0 ? (
        <ul className="grid gap-3" aria-label="Support requests">
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
                  {ticket.reference} · {ticket.requesterName} ({ticket.requesterRole}) ·{" "}
                  {categoryLabel(ticket.category)} · {ageOf(ticket.createdAt, now)} old ·{" "}
                  {ticket.assigneeName ? `assigned to ${ticket.assigneeName}` : "not assigned"}
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
        label="Support request pages"
      />
    </div>
  );
}
