import type { Metadata } from "next";
import Link from "next/link";

import { Badge } from "@resq/ui/badge";
import { Button } from "@resq/ui/button";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@resq/ui/table";

import { LocalTime } from "~/components/local-time";
import { api } from "~/trpc/server";

export const metadata: Metadata = { title: "Mailbox" };
export const dynamic = "force-dynamic";

const PAGE_SIZE = 25;

const STATUS_VARIANT: Record<string, "success" | "warning" | "destructive" | "secondary"> = {
  sent: "success",
  queued: "warning",
  failed: "destructive",
};

/** In outbox mode "sent" means "handed to this mailbox", not delivered to the person. */
function statusLabel(status: string, provider: string): string {
  if (status === "sent") return provider === "resend" ? "sent" : "in mailbox";
  return status;
}

export default async function MailboxPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const requested = Number(typeof params.page === "string" ? params.page : "1");
  const page = Number.isInteger(requested) && requested >= 1 && requested <= 10_000 ? requested : 1;
  const mailbox = await (await api()).admin.mailbox({ page, pageSize: PAGE_SIZE });
  const pages = Math.max(1, Math.ceil(mailbox.total / mailbox.pageSize));
  const first = mailbox.total === 0 ? 0 : (page - 1) * mailbox.pageSize + 1;
  const last = Math.min(mailbox.total, page * mailbox.pageSize);

  return (
    <div className="grid gap-6">
      <div className="grid gap-2">
        <p className="text-sm">
          <Link
            href="/admin"
            className="text-primary underline underline-offset-4 hover:no-underline"
          >
            Admin dashboard
          </Link>
        </p>
        <h1 className="text-3xl font-semibold">Mailbox</h1>
        {mailbox.provider === "resend" ? (
          <p className="max-w-3xl text-muted-foreground">
            Emails go out through <strong className="text-foreground">Resend</strong>. This is the
            outbox: every email RESQ queued, with its delivery status. Message bodies are removed
            once sent, so sent emails show only their subject.
          </p>
        ) : (
          <p className="max-w-3xl text-muted-foreground">
            No email provider is configured (set <code>RESEND_API_KEY</code> and{" "}
            <code>EMAIL_FROM</code> to send real email), so emails{" "}
            <strong className="text-foreground">stay here and are not delivered</strong>. Read them
            here to pass on verification codes and reset links. Treat this page as confidential: its
            links and codes sign people in.
          </p>
        )}
      </div>

      <p className="text-sm text-muted-foreground" aria-live="polite">
        {mailbox.total === 0
          ? "No emails yet."
          : `Showing ${first}–${last} of ${mailbox.total} emails, newest first.`}
      </p>

      {mailbox.items.length > 0 ? (
        <Table aria-label="Emails, newest first" scrollLabel="Emails">
          <TableHeader>
            <TableRow>
              <TableHead scope="col">To</TableHead>
              <TableHead scope="col">Subject and message</TableHead>
              <TableHead scope="col">Kind</TableHead>
              <TableHead scope="col">Status</TableHead>
              <TableHead scope="col">Time</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {mailbox.items.map((email) => (
              <TableRow key={email.id} data-testid="mailbox-email" className="align-top">
                <TableCell className="font-medium break-all">{email.to}</TableCell>
                <TableCell className="min-w-56">
                  {email.text ? (
                    <details>
                      <summary className="cursor-pointer rounded-sm underline-offset-4 hover:underline">
                        {email.subject}
                      </summary>
                      <pre className="mt-2 max-w-prose rounded-md bg-muted p-3 font-mono text-xs whitespace-pre-wrap [overflow-wrap:anywhere]">
                        {email.text}
                      </pre>
                    </details>
                  ) : (
                    <span>
                      {email.subject}{" "}
                      <span className="text-muted-foreground">(message removed after sending)</span>
                    </span>
                  )}
                </TableCell>
                <TableCell>{email.kind}</TableCell>
                <TableCell>
                  <Badge variant={STATUS_VARIANT[email.status] ?? "secondary"}>
                    {statusLabel(email.status, mailbox.provider)}
                  </Badge>
                </TableCell>
                <TableCell className="whitespace-nowrap">
                  <LocalTime date={email.createdAt} />
                  {email.sentAt ? (
                    <span className="block text-xs text-muted-foreground">
                      sent <LocalTime date={email.sentAt} format="time" />
                    </span>
                  ) : null}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      ) : null}

      {pages > 1 ? (
        <nav aria-label="Mailbox pages" className="flex flex-wrap items-center gap-3">
          {page > 1 ? (
            <Button asChild variant="outline" size="sm">
              <Link href={`/admin/mailbox?page=${page - 1}`}>Newer emails</Link>
            </Button>
          ) : null}
          <span className="text-sm text-muted-foreground">
            Page {page} of {pages}
          </span>
          {page < pages ? (
            <Button asChild variant="outline" size="sm">
              <Link href={`/admin/mailbox?page=${page + 1}`}>Older emails</Link>
            </Button>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}
