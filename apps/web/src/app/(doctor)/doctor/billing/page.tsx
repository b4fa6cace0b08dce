import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";

import { Badge } from "@resq/ui/badge";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@resq/ui/table";

import { CreateInvoiceForm } from "~/components/billing/create-invoice-form";
import { InvoiceActions } from "~/components/billing/invoice-actions";
import { InvoiceDownloads } from "~/components/billing/invoice-downloads";
import { statusVariant, type InvoiceStatus } from "~/components/billing/labels";
import { Pager, pageParam } from "~/components/billing/pager";
import { RecordPayment } from "~/components/billing/record-payment";
import { RevenueChart } from "~/components/billing/revenue-chart";
import { calendarDate, formatMoney } from "~/components/format";
import { api } from "~/trpc/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("doctor.billing");
  return { title: t("metaTitle") };
}

const PAGE_SIZE = 20;
/** The status filters, in order; each one's name is `doctor.billing.filter.<value>`. */
const FILTERS: (InvoiceStatus | "all")[] = ["all", "open", "paid", "draft", "void"];
/** Invoice kinds with a name in the catalogue; another kind is shown as it is. */
const KINDS = ["visit", "late_cancellation", "no_show", "manual"] as const;
const isKnownKind = (kind: string): kind is (typeof KINDS)[number] =>
  (KINDS as readonly string[]).includes(kind);

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function PracticeBillingPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const t = await getTranslations("doctor.billing");
  const locale = await getLocale();
  const money = (minor: number, currency: string) => formatMoney(minor, currency, locale);
  const status = FILTERS.find((f) => f === first(params.status)) ?? "all";
  const page = pageParam(params.page);
  const trpc = await api();
  const [summary, invoices, patients] = await Promise.all([
    trpc.billing.practiceSummary(),
    trpc.billing.invoices({
      status: status === "all" ? undefined : status,
      page,
      pageSize: PAGE_SIZE,
    }),
    trpc.billing.billablePatients(),
  ]);
  const href = (next: { status?: string; page?: number }) => {
    const query = new URLSearchParams();
    const s = next.status ?? status;
    if (s !== "all") query.set("status", s);
    if ((next.page ?? 1) > 1) query.set("page", String(next.page));
    const text = query.toString();
    return `/doctor/billing${text ? `?${text}` : ""}`;
  };
  const thisMonth = summary.revenueByMonth.at(-1);

  return (
    <div className="grid gap-8">
      <div className="grid gap-2">
        <h1 className="text-3xl font-semibold">{t("title")}</h1>
        <p className="text-muted-foreground">{t("intro")}</p>
      </div>

      <section aria-labelledby="glance-title" className="grid gap-4">
        <h2 id="glance-title" className="sr-only">
          {t("glance")}
        </h2>
        <dl className="grid gap-4 sm:grid-cols-3">
          <div className="rounded-xl border p-4">
            <dt className="text-sm text-muted-foreground">{t("outstanding")}</dt>
            <dd className="text-2xl font-semibold" data-testid="outstanding">
              {summary.outstanding.length === 0
                ? money(0, "USD")
                : summary.outstanding.map((o) => money(o.amountMinor, o.currency)).join(" + ")}
            </dd>
            <dd className="text-sm text-muted-foreground">
              {t("openOverdue", {
                invoices: summary.outstanding.reduce((n, o) => n + o.invoices, 0),
                overdue: summary.outstanding.reduce((n, o) => n + o.overdue, 0),
              })}
            </dd>
          </div>
          <div className="rounded-xl border p-4">
            <dt className="text-sm text-muted-foreground">{t("revenueThisMonth")}</dt>
            <dd className="text-2xl font-semibold" data-testid="revenue-this-month">
              {money(thisMonth?.netMinor ?? 0, thisMonth?.currency ?? "USD")}
            </dd>
          </div>
          <div className="rounded-xl border p-4">
            <dt className="text-sm text-muted-foreground">{t("revenueYear")}</dt>
            <dd className="text-2xl font-semibold">
              {money(
                summary.revenueByMonth.reduce((sum, m) => sum + m.netMinor, 0),
                thisMonth?.currency ?? "USD",
              )}
            </dd>
          </div>
        </dl>
      </section>

      <section aria-labelledby="revenue-title" className="grid gap-4 rounded-xl border p-4 sm:p-6">
        <h2 id="revenue-title" className="text-xl font-semibold">
          {t("revenueByMonth")}
        </h2>
        <p className="text-sm text-muted-foreground">
          {t("revenueHint", { timeZone: summary.timeZone })}
        </p>
        <RevenueChart months={summary.revenueByMonth} />
      </section>

      <section aria-labelledby="invoices-title" className="grid gap-4">
        <h2 id="invoices-title" className="text-xl font-semibold">
          {t("invoices")}
        </h2>
        <nav aria-label={t("filterNav")} className="flex flex-wrap gap-2">
          {FILTERS.map((f) => (
            <Link
              key={f}
              href={href({ status: f })}
              aria-current={f === status ? "page" : undefined}
              className="rounded-full border px-3 py-1 text-sm aria-[current=page]:bg-primary aria-[current=page]:text-primary-foreground"
            >
              {t(`filter.${f}`)}
            </Link>
          ))}
        </nav>
        {invoices.items.length === 0 ? (
          <p className="text-muted-foreground">{t("empty")}</p>
        ) : (
          <div className="overflow-x-auto rounded-xl border">
            <Table>
              <TableHeader>
                <TableRow>
                  <TableHead scope="col">{t("columns.invoice")}</TableHead>
                  <TableHead scope="col">{t("columns.patient")}</TableHead>
                  <TableHead scope="col">{t("columns.status")}</TableHead>
                  <TableHead scope="col" className="text-right">
                    {t("columns.total")}
                  </TableHead>
                  <TableHead scope="col" className="text-right">
                    {t("columns.balance")}
                  </TableHead>
                  <TableHead scope="col">{t("columns.actions")}</TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {invoices.items.map((invoice) => (
                  <TableRow key={invoice.id}>
                    <TableCell>
                      <span className="font-medium">{invoice.number}</span>
                      <span className="block text-sm text-muted-foreground">
                        {t("due", {
                          kind: isKnownKind(invoice.kind)
                            ? t(`kind.${invoice.kind}`)
                            : invoice.kind,
                          date: calendarDate(invoice.dueDate, locale),
                        })}
                      </span>
                    </TableCell>
                    <TableCell>{invoice.patientName}</TableCell>
                    <TableCell>
                      <Badge variant={statusVariant[invoice.status]}>
                        {t(`status.${invoice.status}`)}
                      </Badge>
                    </TableCell>
                    <TableCell className="text-right">
                      {money(invoice.totalMinor, invoice.currency)}
                    </TableCell>
                    <TableCell className="text-right">
                      {money(invoice.balanceMinor, invoice.currency)}
                    </TableCell>
                    <TableCell>
                      <div className="flex flex-wrap gap-2">
                        {invoice.status === "open" ? <RecordPayment invoice={invoice} /> : null}
                        <InvoiceActions invoice={invoice} />
                        <InvoiceDownloads
                          invoiceId={invoice.id}
                          number={invoice.number}
                          hasPayments={invoice.paidMinor > 0}
                        />
                      </div>
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        )}
        <Pager
          label={t("pagerLabel")}
          page={page}
          total={invoices.total}
          pageSize={PAGE_SIZE}
          hrefFor={(n) => href({ page: n })}
          newer={t("newer")}
          older={t("older")}
        />
      </section>

      <section
        aria-labelledby="new-invoice-title"
        className="grid gap-4 rounded-xl border p-4 sm:p-6"
      >
        <h2 id="new-invoice-title" className="text-xl font-semibold">
          {t("newInvoice")}
        </h2>
        <CreateInvoiceForm patients={patients} />
      </section>
    </div>
  );
}
