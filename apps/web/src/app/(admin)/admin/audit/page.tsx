import { Download } from "lucide-react";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
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
import { roleLabel, outcomeLabel } from "../labels";
import { schemaMessage } from "../schema-messages";
import { ChainStatus } from "./chain-status";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin");
  return { title: t("audit.title") };
}

export const dynamic = "force-dynamic";

const PAGE_SIZE = 50;
const FILTERS = [
  { name: "actor", type: "text" },
  { name: "patient", type: "text" },
  { name: "action", type: "text", hint: "actionHint" },
  { name: "from", type: "date" },
  { name: "to", type: "date" },
] as const;

export default async function AuditPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const t = await getTranslations("admin");
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
    for (const issue of parsed.error.issues)
      problems[String(issue.path[0])] ??= schemaMessage(t, issue.message);
  const log = parsed.success
    ? await (await api()).admin.auditLog({ ...parsed.data, page, pageSize: PAGE_SIZE })
    : null;

  return (
    <div className="grid gap-6">
      <AdminHeading title={t("audit.title")}>
        <p>{t("audit.intro")}</p>
      </AdminHeading>

      <ChainStatus />

      <form
        method="get"
        role="search"
        aria-label={t("audit.filterLabel")}
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
              <Label htmlFor={filter.name}>{t(`audit.filters.${filter.name}`)}</Label>
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
                  {t(`audit.filters.${filter.hint}`)}
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
          <Button type="submit">{t("common.filter")}</Button>
          <Button asChild variant="outline">
            <Link href="/admin/audit">{t("common.clearFilters")}</Link>
          </Button>
          {log ? (
            <Button asChild variant="outline">
              <a href={withParams("/api/admin/audit/export", typed)} download>
                <Download aria-hidden="true" />
                {t("audit.export")}
              </a>
            </Button>
          ) : null}
        </div>
      </form>

      {log ? (
        <>
          <p role="status" className="text-sm text-muted-foreground">
            {log.total === 0 ? t("audit.none") : t("audit.count", { count: log.total })}
          </p>
          {log.items.length > 0 ? (
            <div className="overflow-x-auto rounded-xl border">
              <Table>
                <TableHeader>
                  <TableRow>
                    <TableHead scope="col">{t("audit.columns.when")}</TableHead>
                    <TableHead scope="col">{t("audit.columns.action")}</TableHead>
                    <TableHead scope="col">{t("audit.columns.actor")}</TableHead>
                    <TableHead scope="col">{t("audit.columns.subject")}</TableHead>
                    <TableHead scope="col">{t("audit.columns.outcome")}</TableHead>
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
                          <span className="sr-only">
                            {" "}
                            {t("audit.eventNumber", { seq: event.seq })}
                          </span>
                        </Link>
                      </TableCell>
                      <TableCell className="font-mono text-xs">{event.action}</TableCell>
                      <TableCell className="break-all">
                        {event.actorEmail ?? (event.actorId ? event.actorId : t("audit.anonymous"))}
                        {event.actorRole ? (
                          <span className="text-muted-foreground">
                            {" "}
                            {t("audit.actorRole", { role: roleLabel(t, event.actorRole) })}
                          </span>
                        ) : null}
                      </TableCell>
                      <TableCell className="break-all">
                        {event.patientEmail ?? event.subjectEmail ?? "—"}
                      </TableCell>
                      <TableCell>{outcomeLabel(t, event.outcome)}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </div>
          ) : null}
          <Pager
            label={t("audit.pages")}
            page={page}
            hasNext={page * log.pageSize < log.total}
            hrefFor={(to) => withParams("/admin/audit", { ...typed, page: to })}
          />
        </>
      ) : (
        <p role="alert" className="text-sm font-medium text-destructive">
          {t("audit.fixFilters")}
        </p>
      )}
    </div>
  );
}
