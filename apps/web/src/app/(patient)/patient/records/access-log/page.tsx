import { ShieldAlert } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";

import {
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from "@resq/ui/table";

import { Pager, pageParam } from "~/components/appointments/pager";
import { LocalTime } from "~/components/local-time";
import { typeText } from "~/components/records/types";
import { api } from "~/trpc/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("patient.accessLog");
  return { title: t("title") };
}

const PAGE_SIZE = 100;

/** Audited actions and their message keys (under accessLog.actions). */
const ACTIONS = {
  "record.summary_read": "summaryRead",
  "record.list_read": "listRead",
  "record.read": "read",
  "record.created": "created",
  "record.exported": "exported",
  "record.break_glass": "breakGlass",
  "note.draft_saved": "draftSaved",
  "note.signed": "signed",
  "note.amended": "amended",
  "appointment.read": "appointmentRead",
} as const;

const ROLES = ["patient", "doctor", "admin", "system"] as const;

type AccessLogT = Awaited<ReturnType<typeof getTranslations<"patient.accessLog">>>;

/** An audited action in words ("record.read" → "Read an entry"). */
function actionLabel(action: string, t: AccessLogT): string {
  return action in ACTIONS
    ? t(`actions.${ACTIONS[action as keyof typeof ACTIONS]}`)
    : action.replace(/[._]/g, " ");
}

/** Who did it, in words ("doctor" → "Doctor"); an unknown role as it is. */
function roleLabel(role: string, t: AccessLogT): string {
  return (ROLES as readonly string[]).includes(role)
    ? t(`roles.${role as (typeof ROLES)[number]}`)
    : role;
}

export default async function AccessLogPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const t = await getTranslations("patient.accessLog");
  const tr = await getTranslations("records");
  const page = pageParam((await searchParams).page);
  const log = await (await api()).records.accessLog({ page, pageSize: PAGE_SIZE });
  const hasNext = page * PAGE_SIZE < log.total;

  return (
    <div className="grid max-w-5xl gap-6">
      <div className="grid gap-2">
        <p className="text-sm">
          <Link href="/patient/records" className="text-primary underline underline-offset-4">
            {t("backToRecord")}
          </Link>
        </p>
        <h1 className="text-3xl font-semibold">{t("title")}</h1>
        <p className="text-muted-foreground">{t("intro")}</p>
      </div>
      {log.items.length === 0 ? (
        <p className="rounded-xl border p-6 text-muted-foreground">
          {page > 1 ? t("noMore") : t("empty")}
        </p>
      ) : (
        <Table scrollLabel={t("scrollLabel")}>
          <TableCaption className="sr-only">{t("caption")}</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHead scope="col">{t("columns.who")}</TableHead>
              <TableHead scope="col">{t("columns.role")}</TableHead>
              <TableHead scope="col">{t("columns.when")}</TableHead>
              <TableHead scope="col">{t("columns.what")}</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {log.items.map((item) => (
              <TableRow
                key={item.id}
                data-testid="access-row"
                className={
                  item.breakGlass ? "bg-destructive/10 hover:bg-destructive/15" : undefined
                }
              >
                <TableCell className="font-medium whitespace-normal">{item.actorName}</TableCell>
                <TableCell>{item.actorRole ? roleLabel(item.actorRole, t) : "—"}</TableCell>
                <TableCell>
                  <LocalTime date={item.occurredAt} />
                </TableCell>
                <TableCell className="whitespace-normal">
                  <span className="grid gap-1">
                    <span>
                      {actionLabel(item.action, t)}
                      {item.recordType && item.recordType !== "break_glass"
                        ? ` (${typeText(tr, item.recordType).toLowerCase()})`
                        : ""}
                    </span>
                    {item.breakGlass || item.action === "record.break_glass" ? (
                      <span className="inline-flex items-start gap-1 font-medium text-destructive">
                        <ShieldAlert aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
                        <span>
                          {item.breakGlassReason
                            ? t("emergencyWithReason", { reason: item.breakGlassReason })
                            : t("emergency")}
                        </span>
                      </span>
                    ) : null}
                  </span>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <Pager
        page={page}
        hasNext={hasNext}
        label={t("pagerLabel")}
        hrefFor={(n) => `/patient/records/access-log?page=${n}`}
      />
    </div>
  );
}
