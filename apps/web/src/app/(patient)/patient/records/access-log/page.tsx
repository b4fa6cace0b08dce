import { ShieldAlert } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";

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
import { typeLabel } from "~/components/records/types";
import { api } from "~/trpc/server";

export const metadata: Metadata = { title: "Who viewed my record" };

const PAGE_SIZE = 100;

const ACTIONS: Record<string, string> = {
  "record.summary_read": "Opened the summary",
  "record.list_read": "Looked at the timeline",
  "record.read": "Read an entry",
  "record.created": "Added an entry",
  "record.exported": "Downloaded the record",
  "record.break_glass": "Emergency access opened",
  "note.draft_saved": "Saved a draft note",
  "note.signed": "Signed a note",
  "note.amended": "Amended a note",
  "appointment.read": "Looked at an appointment",
};

/** An audited action in words ("record.read" → "Read an entry"). */
function actionLabel(action: string): string {
  return ACTIONS[action] ?? action.replace(/[._]/g, " ");
}

const ROLES: Record<string, string> = {
  patient: "You (patient)",
  doctor: "Doctor",
  admin: "Administrator",
  system: "System",
};

export default async function AccessLogPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const page = pageParam((await searchParams).page);
  const log = await (await api()).records.accessLog({ page, pageSize: PAGE_SIZE });
  const hasNext = page * PAGE_SIZE < log.total;

  return (
    <div className="grid max-w-5xl gap-6">
      <div className="grid gap-2">
        <p className="text-sm">
          <Link href="/patient/records" className="text-primary underline underline-offset-4">
            Back to your health record
          </Link>
        </p>
        <h1 className="text-3xl font-semibold">Who viewed my record</h1>
        <p className="text-muted-foreground">
          Every time someone opened, added to or downloaded your record, newest first. Emergency
          access without an appointment (&ldquo;breaking the glass&rdquo;) is marked, with the
          reason given.
        </p>
      </div>
      {log.items.length === 0 ? (
        <p className="rounded-xl border p-6 text-muted-foreground">
          {page > 1 ? "There are no more entries." : "Nobody has opened your record yet."}
        </p>
      ) : (
        <Table scrollLabel="Accesses to your record">
          <TableCaption className="sr-only">Accesses to your record, newest first</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHead scope="col">Who</TableHead>
              <TableHead scope="col">Role</TableHead>
              <TableHead scope="col">When</TableHead>
              <TableHead scope="col">What</TableHead>
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
                <TableCell>
                  {item.actorRole ? (ROLES[item.actorRole] ?? item.actorRole) : "—"}
                </TableCell>
                <TableCell>
                  <LocalTime date={item.occurredAt} />
                </TableCell>
                <TableCell className="whitespace-normal">
                  <span className="grid gap-1">
                    <span>
                      {actionLabel(item.action)}
                      {item.recordType && item.recordType !== "break_glass"
                        ? ` (${typeLabel(item.recordType).toLowerCase()})`
                        : ""}
                    </span>
                    {item.breakGlass || item.action === "record.break_glass" ? (
                      <span className="inline-flex items-start gap-1 font-medium text-destructive">
                        <ShieldAlert aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
                        <span>
                          Emergency access
                          {item.breakGlassReason ? `. Reason: ${item.breakGlassReason}` : ""}
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
        label="Access log pages"
        hrefFor={(n) => `/patient/records/access-log?page=${n}`}
      />
    </div>
  );
}
