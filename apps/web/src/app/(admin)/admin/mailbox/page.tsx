import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";

import { Badge } from "@resq/ui/badge";
import { Button } from "@resq/ui/button";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@resq/ui/table";

import { LocalTime } from "~/components/local-time";
import { api } from "~/trpc/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin");
  return { title: t("mailbox.title") };
}

export const dynamic = "force-dynamic";

const PAGE_SIZE = 25;

const STATUS_VARIANT: Record<string, "success" | "warning" | "destructive" | "secondary"> = {
  sent: "success",
  queued: "warning",
  failed: "destructive",
};

/** In outbox mode "sent" means "handed to this mailbox", not delivered to the person. */
function statusKey(status: string, provider: string) {
  if (status === "sent") return provider === "resend" ? "sent" : "inMailbox";
  return status === "queued" || status === "failed" ? status : null;
}

export default async function MailboxPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const t = await getTranslations("admin");
  const params = await searchParams;
  const requested = Number(typeof params.page === "string" ? params.page : "1");
  const page = Number.isInteger(requested) && requested >= 1 && requested <= 10_000 ? requested : 1;
  const mailbox = await (await api()).admin.mailbox({ page, pageSize: PAGE_SIZE });
  const pages = Math.max(1, Math.ceil(mailbox.total / mailbox.pageSize));
  const first = mailbox.total === 0 ? 0 : (page - 1) * mailbox.pageSize + 1;
  const last = Math.min(mailbox.total, page * mailbox.pageSize);
  const statusText = (status: string, provider: string) => {
    const key = statusKey(status, provider);
    return key ? t(`mailbox.statuses.${key}`) : status;
  };

  return (
    <div className="grid gap-6">
      <div className="grid gap-2">
        <p className="text-sm">
          <Link
            href="/admin"
            className="text-primary underline underline-offset-4 hover:no-underline"
          >
            {t("common.dashboardLink")}
          </Link>
        </p>
        <h1 className="text-3xl font-semibold">{t("mailbox.title")}</h1>
        <p className="max-w-3xl text-muted-foreground">
          {t.rich(mailbox.provider === "resend" ? "mailbox.resendIntro" : "mailbox.outboxIntro", {
            strong: (chunks) => <strong className="text-foreground">{chunks}</strong>,
            code: (chunks) => <code>{chunks}</code>,
          })}
        </p>
      </div>

      <p className="text-sm text-muted-foreground" aria-live="polite">
        {mailbox.total === 0
          ? t("mailbox.none")
          : t("mailbox.showing", { first, last, total: mailbox.total })}
      </p>

      {mailbox.items.length > 0 ? (
        <Table aria-label={t("mailbox.tableLabel")} scrollLabel={t("mailbox.scrollLabel")}>
          <TableHeader>
            <TableRow>
              <TableHead scope="col">{t("mailbox.columns.to")}</TableHead>
              <TableHead scope="col">{t("mailbox.columns.subject")}</TableHead>
              <TableHead scope="col">{t("mailbox.columns.kind")}</TableHead>
              <TableHead scope="col">{t("mailbox.columns.status")}</TableHead>
              <TableHead scope="col">{t("mailbox.columns.time")}</TableHead>
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
                      <span className="text-muted-foreground">{t("mailbox.bodyRemoved")}</span>
                    </span>
                  )}
                </TableCell>
                <TableCell>{email.kind}</TableCell>
                <TableCell>
                  <Badge variant={STATUS_VARIANT[email.status] ?? "secondary"}>
                    {statusText(email.status, mailbox.provider)}
                  </Badge>
                </TableCell>
                <TableCell className="whitespace-nowrap">
                  <LocalTime date={email.createdAt} />
                  {email.sentAt ? (
                    <span className="block text-xs text-muted-foreground">
                      {t.rich("mailbox.sentAt", {
                        time: () => <LocalTime date={email.sentAt!} format="time" />,
                      })}
                    </span>
                  ) : null}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      ) : null}

      {pages > 1 ? (
        <nav aria-label={t("mailbox.pages")} className="flex flex-wrap items-center gap-3">
          {page > 1 ? (
            <Button asChild variant="outline" size="sm">
              <Link href={`/admin/mailbox?page=${page - 1}`}>{t("mailbox.newer")}</Link>
            </Button>
          ) : null}
          <span className="text-sm text-muted-foreground">
            {t("common.pageOf", { page, pages })}
          </span>
          {page < pages ? (
            <Button asChild variant="outline" size="sm">
              <Link href={`/admin/mailbox?page=${page + 1}`}>{t("mailbox.older")}</Link>
            </Button>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}
