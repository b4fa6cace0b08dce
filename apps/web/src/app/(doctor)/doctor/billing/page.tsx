import type { Metadata } from "next";
import Link from "next/link";

import { Badge } from "@resq/ui/badge";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@resq/ui/table";

import { CreateInvoiceForm } from "~/components/billing/create-invoice-form";
import { InvoiceActions } from "~/components/billing/invoice-actions";
import { InvoiceDownloads } from "~/components/billing/invoice-downloads";
import {
  calendarDate,
  kindLabel,
  statusLabel,
  statusVariant,
  type InvoiceStatus,
} from "~/components/billing/labels";
import { Pager, pageParam } from "~/components/billing/pager";
import { RecordPayment } from "~/components/billing/record-payment";
import { RevenueChart } from "~/components/billing/revenue-chart";
import { formatMoney } from "~/components/format";
import { api } from "~/trpc/server";

export const metadata: Metadata = { title: "Practice billing" };

const PAGE_SIZE = 20;
const FILTERS: { value: InvoiceStatus | "all"; label: string }[] = [
  { value: "all", label: "All" },
  { value: "open", label: "Open" },
  { value: "paid", label: "Paid" },
  { value: "draft", label: "Drafts" },
  { value: "void", label: "Void" },
];

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function PracticeBillingPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const status = FILTERS.find((f) => f.value === first(params.status))?.value ?? "all";
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
        <h1 className="text-3xl font-semibold">Practice billing</h1>
        <p className="text-muted-foreground">
          Invoices of your practice, what is outstanding, and what came in.
        </p>
      </div>

      <section aria-labelledby="glance-title" className="grid gap-4">
        <h2 id="glance-title" className="sr-only">
          At a glance
        </h2>
        <dl className="grid gap-4 sm:grid-cols-3">
          <div className="rounded-xl border p-4">
            <dt className="text-sm text-muted-foreground">Outstanding</dt>
            <dd className="text-2xl font-semibold" data-testid="outstanding">
              {summary.outstanding.length === 0
                ? formatMoney(0, "USD")
                : summary.outstanding
                    .map((o) => formatMoney(o.amountMinor, o.currency))
                    .join(" + ")}
            </dd>
            <dd className="text-sm text-muted-foreground">
              {summary.outstanding.reduce((n, o) => n + o.invoices, 0)} open invoices,{" "}
              {summary.outstanding.reduce((n, o) => n + o.overdue, 0)} overdue
            </dd>
          </div>
          <div className="rounded-xl border p-4">
            <dt className="text-sm text-muted-foreground">Revenue this month</dt>
            <dd className="text-2xl font-semibold" data-testid="revenue-this-month">
              {formatMoney(thisMonth?.netMinor ?? 0, thisMonth?.currency ?? "USD")}
            </dd>
          </div>
          <div className="rounded-xl border p-4">
            <dt className="text-sm text-muted-foreground">Revenue, last 12 months</dt>
            <dd className="text-2xl font-semibold">
              {formatMoney(
                summary.revenueByMonth.reduce((sum, m) => sum + m.netMinor, 0),
                thisMonth?.currency ?? "USD",
              )}
            </dd>
          </div>
        </dl>
      </section>

      <section aria-labelledby="revenue-title" className="grid gap-4 rounded-xl border p-4 sm:p-6">
        <h2 id="revenue-title" className="text-xl font-semibold">
          Revenue by month
        </h2>
        <p className="text-sm text-muted-foreground">
          Payments received minus refunds, by month in your practice&apos;s time zone (
          {summary.timeZone}).
        </p>
        <RevenueChart months={summary.revenueByMonth} />
      </section>

      <section aria-labelledby="invoices-title" className="grid gap-4">
        <h2 id="invoices-title" className="text-xl font-semibold">
          Invoices
        </h2>
        <nav aria-label="Filter invoices by status" className="flex flex-wrap gap-2">
          {FILTERS.map((f) => (
            <Link
              key={f.value}
              href={href({ status: f.value })}
              aria-current={f.value === status ? "page" : undefined}
              className="rounded-full border px-3 py-1 text-sm aria-[current=page]:bg-primary aria-[current=page]:text-primary-foreground"
            >
              {f.label}
            </Link>
          ))}
        </nav>
        {invoices.items.length === 0 ? (
          <p className="text-muted-foreground">No invoices here.</p>
        ) : (
          <div className="overflow-x-auto rounded-xl border">
            <Table>
              <TableHeader>
                <TableRow>
                  <TableHead scope="col">Invoice</TableHead>
                  <TableHead scope="col">Patient</TableHead>
                  <TableHead scope="col">Status</TableHead>
                  <TableHead scope="col" className="text-right">
                    Total
                  </TableHead>
                  <TableHead scope="col" className="text-right">
                    Balance
                  </TableHead>
                  <TableHead scope="col">Actions</TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {invoices.items.map((invoice) => (
                  <TableRow key={invoice.id}>
                    <TableCell>
                      <span className="font-medium">{invoice.number}</span>
                      <span className="block text-sm text-muted-foreground">
                        {kindLabel[invoice.kind]} · due {calendarDate(invoice.dueDate)}
                      </span>
                    </TableCell>
                    <TableCell>{invoice.patientName}</TableCell>
                    <TableCell>
                      <Badge variant={statusVariant[invoice.status]}>
                        {statusLabel[invoice.status]}
                      </Badge>
                    </TableCell>
                    <TableCell className="text-right">
                      {formatMoney(invoice.totalMinor, invoice.currency)}
                    </TableCell>
                    <TableCell className="text-right">
                      {formatMoney(invoice.balanceMinor, invoice.currency)}
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
          label="Invoice pages"
          page={page}
          total={invoices.total}
          pageSize={PAGE_SIZE}
          hrefFor={(n) => href({ page: n })}
          newer="Newer invoices"
          older="Older invoices"
        />
      </section>

      <section
        aria-labelledby="new-invoice-title"
        className="grid gap-4 rounded-xl border p-4 sm:p-6"
      >
        <h2 id="new-invoice-title" className="text-xl font-semibold">
          New invoice
        </h2>
        <CreateInvoiceForm patients={patients} />
      </section>
    </div>
  );
}
