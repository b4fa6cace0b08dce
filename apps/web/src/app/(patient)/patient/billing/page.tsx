import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";

import { Badge } from "@resq/ui/badge";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@resq/ui/table";

import { InvoiceDownloads } from "~/components/billing/invoice-downloads";
import { statusVariant } from "~/components/billing/labels";
import { Pager, pageParam } from "~/components/billing/pager";
import { PayInvoice } from "~/components/billing/pay-invoice";
import { calendarDate, formatMoney } from "~/components/format";
import { LocalTime } from "~/components/local-time";
import { api } from "~/trpc/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("patient.billing");
  return { title: t("title") };
}

const PAGE_SIZE = 20;

export default async function PatientBillingPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const t = await getTranslations("patient.billing");
  const locale = await getLocale();
  const tb = await getTranslations("billing");
  const money = (minor: number, currency: string) => formatMoney(minor, currency, locale);
  const params = await searchParams;
  const page = pageParam(params.page);
  const trpc = await api();
  const [provider, open, all, payments] = await Promise.all([
    trpc.billing.provider(),
    trpc.billing.invoices({ status: "open", page: 1, pageSize: 100 }),
    trpc.billing.invoices({ page, pageSize: PAGE_SIZE }),
    trpc.billing.payments({ page: 1, pageSize: 20 }),
  ]);
  const checkout = Array.isArray(params.checkout) ? params.checkout[0] : params.checkout;

  return (
    <div className="grid max-w-4xl gap-8">
      <div className="grid gap-2">
        <p className="text-sm">
          <Link href="/patient" className="text-primary underline underline-offset-4">
            {t("backToDashboard")}
          </Link>
        </p>
        <h1 className="text-3xl font-semibold">{t("title")}</h1>
        <p className="text-muted-foreground">{t("intro")}</p>
        {provider.demo ? (
          <p className="rounded-lg border border-dashed p-3 text-sm" role="note">
            {t.rich("demo", { strong: (chunks) => <strong>{chunks}</strong> })}
          </p>
        ) : null}
        {checkout === "success" ? (
          <p role="status" className="rounded-lg border p-3 text-sm">
            {t("checkoutSuccess")}
          </p>
        ) : checkout === "cancelled" ? (
          <p role="status" className="rounded-lg border p-3 text-sm">
            {t("checkoutCancelled")}
          </p>
        ) : null}
      </div>

      <section aria-labelledby="due-title" className="grid gap-4">
        <h2 id="due-title" className="text-xl font-semibold">
          {t("toPay")}
        </h2>
        {open.items.length === 0 ? (
          <p className="text-muted-foreground">{t("nothingToPay")}</p>
        ) : (
          <ul className="grid gap-4">
            {open.items.map((invoice) => (
              <li
                key={invoice.id}
                className="grid gap-3 rounded-xl border p-4 sm:p-6"
                aria-labelledby={`due-${invoice.id}`}
              >
                <div className="flex flex-wrap items-baseline justify-between gap-2">
                  <h3 id={`due-${invoice.id}`} className="text-lg font-semibold">
                    {tb(`kind.${invoice.kind}`)} — {invoice.number}
                  </h3>
                  <p className="text-2xl font-semibold">
                    {money(invoice.balanceMinor, invoice.currency)}
                  </p>
                </div>
                <p className="text-sm text-muted-foreground">
                  {t("due", {
                    practice: invoice.practiceName ?? "",
                    date: calendarDate(invoice.dueDate, locale),
                  })}
                  {invoice.paidMinor > 0
                    ? ` · ${t("paidOf", {
                        paid: money(invoice.paidMinor - invoice.refundedMinor, invoice.currency),
                        total: money(invoice.totalMinor, invoice.currency),
                      })}`
                    : ""}
                </p>
                <div className="flex flex-wrap items-center gap-3">
                  <PayInvoice invoice={invoice} provider={provider} />
                  <InvoiceDownloads
                    invoiceId={invoice.id}
                    number={invoice.number}
                    hasPayments={invoice.paidMinor > 0}
                  />
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="invoices-title" className="grid gap-4">
        <h2 id="invoices-title" className="text-xl font-semibold">
          {t("allInvoices")}
        </h2>
        {all.items.length === 0 ? (
          <p className="text-muted-foreground">{t("noInvoices")}</p>
        ) : (
          <div className="overflow-x-auto rounded-xl border">
            <Table>
              <TableHeader>
                <TableRow>
                  <TableHead scope="col">{t("columns.invoice")}</TableHead>
                  <TableHead scope="col">{t("columns.practice")}</TableHead>
                  <TableHead scope="col">{t("columns.status")}</TableHead>
                  <TableHead scope="col" className="text-right">
                    {t("columns.total")}
                  </TableHead>
                  <TableHead scope="col">{t("columns.documents")}</TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {all.items.map((invoice) => (
                  <TableRow key={invoice.id}>
                    <TableCell>
                      <span className="font-medium">{invoice.number}</span>
                      <span className="block text-sm text-muted-foreground">
                        {tb(`kind.${invoice.kind}`)}
                      </span>
                    </TableCell>
                    <TableCell>{invoice.practiceName}</TableCell>
                    <TableCell>
                      <Badge variant={statusVariant[invoice.status]}>
                        {tb(`status.${invoice.status}`)}
                      </Badge>
                    </TableCell>
                    <TableCell className="text-right">
                      {money(invoice.totalMinor, invoice.currency)}
                    </TableCell>
                    <TableCell>
                      <InvoiceDownloads
                        invoiceId={invoice.id}
                        number={invoice.number}
                        hasPayments={invoice.paidMinor > 0}
                      />
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        )}
        <Pager
          label={t("pager.label")}
          page={page}
          total={all.total}
          pageSize={PAGE_SIZE}
          hrefFor={(n) => `/patient/billing?page=${n}`}
          newer={t("pager.newer")}
          older={t("pager.older")}
        />
      </section>

      <section aria-labelledby="history-title" className="grid gap-4">
        <h2 id="history-title" className="text-xl font-semibold">
          {t("history")}
        </h2>
        {payments.items.length === 0 ? (
          <p className="text-muted-foreground">{t("noPayments")}</p>
        ) : (
          <ul className="divide-y rounded-xl border">
            {payments.items.map((payment) => (
              <li
                key={payment.id}
                className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 p-4"
              >
                <div className="grid gap-0.5">
                  <span className="font-medium">
                    {tb(`movement.${payment.kind}`)} ({tb(`method.${payment.method}`)}) ·{" "}
                    {payment.invoiceNumber}
                  </span>
                  <span className="text-sm text-muted-foreground">
                    <LocalTime date={payment.occurredAt} />
                    {payment.reason ? ` · ${payment.reason}` : ""}
                  </span>
                </div>
                <span className="font-medium">
                  {payment.kind === "refund" ? "−" : ""}
                  {money(payment.amountMinor, payment.currency)}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
