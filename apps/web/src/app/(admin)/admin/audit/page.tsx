import { Download } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";

import { auditFilterInput } from "@resq/api/admin-schemas";
import { Button } from "@resq/ui/button";
import { Input } from "@resq/ui/input";
import { Label } from "@resq/ui/label";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@resq/ui/table";

import { Pager, pageParam } from "~/components/appointments/pager";
import { LocalTime } from "~/components/local-time";
import { api } from "~/trpc/server";

import { AdminHeading, param, withParams, type SearchParams } from "../admin-page";
import { ChainStatus } from "./chain-status";

export const metadata: Metadata = { title: "Audit log" };
export const dynamic = "force-dynamic";

const PAGE_SIZE = 50;
const FILTERS = [
  { name: "actor", label: "Actor (email or id)", type: "text" },
  { name: "patient", label: "Patient (email or id)", type: "text" },
  { name: "action", label: "Action", type: "text", hint: "e.g. record.read, or admin. for all" },
  { name: "from", label: "From (UTC)", type: "date" },
  { name: "to", label: "To (UTC)", type: "date" },
] as const;

export default async function AuditPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const typed = Object.fromEntries(FILTERS.map((f) => [f.name, param(params, f.name)])) as Record<
    (typeof FILTERS)[number]["name"],
    string
  >;
  const page = pageParam(params.page);
  const parsed = auditFilterInput.safeParse(
    Object.fromEntries(Object.entries(typed).filter(([, value]) => value !== "")),
  );
  const problems: Record<string, string> = {};
  if (!parsed.success)
    for (const issue of parsed.error.issues) problems[String(issue.path[0])] ??= issue.message;
  const log = parsed.success
    ? await (await api()).admin.auditLog({ ...parsed.data, page, pageSize: PAGE_SIZE })
    : null;

  return (
    <div className="grid gap-6">
      <AdminHeading title="Audit log">
        <p>
          Every sign-in, record access and admin action, in order. The log is append-only and
          hash-chained: any edit or removal breaks the chain.
        </p>
      </AdminHeading>

      <ChainStatus />

      <form
        method="get"
        role="search"
        aria-label="Filter audit events"
        className="grid gap-4 rounded-xl border p-4 sm:grid-cols-2 lg:grid-cols-5"
      >
        {FILTERS.map((filter) => {
          const error = problems[filter.name];
          const described = [
            "hint" in filter ? `${filter.name}-hint` : null,
            error ? `${filter.name}-error` : null,
          ]
            .filter(Boolean)
            .join(" ");
          return (
            <div key={filter.name} className="grid content-start gap-2">
              <Label htmlFor={filter.name}>{filter.label}</Label>
              <Input
                id={filter.name}
                name={filter.name}
                type={filter.type}
                defaultValue={typed[filter.name]}
                aria-invalid={error ? true : undefined}
                aria-describedby={described || undefined}
              />
              {"hint" in filter ? (
                <p id={`${filter.name}-hint`} className="text-xs text-muted-foreground">
                  {filter.hint}
                </p>
              ) : null}
              {error ? (
                <p id={`${filter.name}-error`} className="text-sm font-medium text-destructive">
                  {error}
                </p>
              ) : null}
            </div>
          );
        })}
        <div className="flex flex-wrap gap-2 sm:col-span-2 lg:col-span-5">
          <Button type="submit">Filter</Button>
          <Button asChild variant="outline">
            <Link href="/admin/audit">Clear filters</Link>
          </Button>
          {log ? (
            <Button asChild variant="outline">
              <a href={withParams("/api/admin/audit/export", typed)} download>
                <Download aria-hidden="true" />
                Export CSV
              </a>
            </Button>
          ) : null}
        </div>
      </form>

      {log ? (
        <>
          <p role="status" className="text-sm text-muted-foreground">
            {log.total === 0
              ? "No events match these filters."
              : `${log.total} ${log.total === 1 ? "event" : "events"}, newest first.`}
          </p>
          {log.items.length > 0 ? (
            <div className="overflow-x-auto rounded-xl border">
              <Table>
                <TableHeader>
                  <TableRow>
                    <TableHead scope="col">When</TableHead>
                    <TableHead scope="col">Action</TableHead>
                    <TableHead scope="col">Actor</TableHead>
                    <TableHead scope="col">Patient or account</TableHead>
                    <TableHead scope="col">Outcome</TableHead>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {log.items.map((event) => (
                    <TableRow key={event.seq} data-testid="audit-row">
                      <TableCell className="whitespace-nowrap">
                        <Link
                          href={`/admin/audit/${event.seq}`}
                          className="text-primary underline underline-offset-4 hover:no-underline"
                        >
                          <LocalTime date={event.occurredAt} />
                          <span className="sr-only"> (event {event.seq})</span>
                        </Link>
                      </TableCell>
                      <TableCell className="font-mono text-xs">{event.action}</TableCell>
                      <TableCell className="break-all">
                        {event.actorEmail ?? (event.actorId ? event.actorId : "Anonymous")}
                        {event.actorRole ? (
                          <span className="text-muted-foreground"> ({event.actorRole})</span>
                        ) : null}
                      </TableCell>
                      <TableCell className="break-all">
                        {event.patientEmail ?? event.subjectEmail ?? "—"}
                      </TableCell>
                      <TableCell>{event.outcome}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </div>
          ) : null}
          <Pager
            label="Audit log pages"
            page={page}
            hasNext={page * log.pageSize < log.total}
            hrefFor={(to) => withParams("/admin/audit", { ...typed, page: to })}
          />
        </>
      ) : (
        <p role="alert" className="text-sm font-medium text-destructive">
          Correct the filters above to see events.
        </p>
      )}
    </div>
  );
}
