import type { Metadata } from "next";
import Link from "next/link";

import { Badge } from "@resq/ui/badge";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@resq/ui/table";

import { InvoiceDownloads } from "~/components/billing/invoice-downloads";
import {
  calendarDate,
  kindLabel,
  methodLabel,
  movementLabel,
  statusLabel,
  statusVariant,
} from "~/components/billing/labels";
import { Pager, pageParam } from "~/components/billing/pager";
import { PayInvoice } from "~/components/billing/pay-invoice";
import { formatMoney } from "~/components/format";
import { LocalTime } from "~/components/local-time";
import { api } from "~/trpc/server";

export const metadata: Metadata = { title: "Billing" };

const PAGE_SIZE = 20;

export default async function PatientBillingPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
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
            Back to your dashboard
          </Link>
        </p>
        <h1 className="text-3xl font-semibold">Billing</h1>
        <p className="text-muted-foreground">
          What you owe your doctors, what you have paid, and your receipts.
        </p>
        {provider.demo ? (
          <p className="rounded-lg border border-dashed p-3 text-sm" role="note">
            <strong>Demo payments.</strong> This installation uses RESQ&apos;s built-in demo card
            processor: no real money moves.
          </p>
        ) : null}
        {checkout === "success" ? (
          <p role="status" className="rounded-lg border p-3 text-sm">
            Thank you: Stripe is confirming your payment. The invoice shows as paid within a minute.
          </p>
        ) : checkout === "cancelled" ? (
          <p role="status" className="rounded-lg border p-3 text-sm">
            The payment was cancelled; nothing was charged.
          </p>
        ) : null}
      </div>

      <section aria-labelledby="due-title" className="grid gap-4">
        <h2 id="due-title" className="text-xl font-semibold">
          To pay
        </h2>
        {open.items.length === 0 ? (
          <p className="text-muted-foreground">Nothing to pay. You are all settled.</p>
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
                    {kindLabel[invoice.kind]} — {invoice.number}
                  </h3>
                  <p className="text-2xl font-semibold">
                    {formatMoney(invoice.balanceMinor, invoice.currency)}
                  </p>
                </div>
                <p className="text-sm text-muted-foreground">
                  {invoice.practiceName} · due {calendarDate(invoice.dueDate)}
                  {invoice.paidMinor > 0
                    ? ` · ${formatMoney(invoice.paidMinor - invoice.refundedMinor, invoice.currency)} of ${formatMoney(invoice.totalMinor, invoice.currency)} paid`
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
          All invoices
        </h2>
        {all.items.length === 0 ? (
          <p className="text-muted-foreground">No invoices yet.</p>
        ) : (
          <div className="overflow-x-auto rounded-xl border">
            <Table>
              <TableHeader>
                <TableRow>
                  <TableHead scope="col">Invoice</TableHead>
                  <TableHead scope="col">Practice</TableHead>
                  <TableHead scope="col">Status</TableHead>
                  <TableHead scope="col" className="text-right">
                    Total
                  </TableHead>
                  <TableHead scope="col">Documents</TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {all.items.map((invoice) => (
                  <TableRow key={invoice.id}>
                    <TableCell>
                      <span className="font-medium">{invoice.number}</span>
                      <span className="block text-sm text-muted-foreground">
                        {kindLabel[invoice.kind]}
                      </span>
                    </TableCell>
                    <TableCell>{invoice.practiceName}</TableCell>
                    <TableCell>
                      <Badge variant={statusVariant[invoice.status]}>
                        {statusLabel[invoice.status]}
                      </Badge>
                    </TableCell>
                    <TableCell className="text-right">
                      {formatMoney(invoice.totalMinor, invoice.currency)}
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
          label="Invoice pages"
          page={page}
          total={all.total}
          pageSize={PAGE_SIZE}
          hrefFor={(n) => `/patient/billing?page=${n}`}
          newer="Newer invoices"
          older="Older invoices"
        />
      </section>

      <section aria-labelledby="history-title" className="grid gap-4">
        <h2 id="history-title" className="text-xl font-semibold">
          Payment history
        </h2>
        {payments.items.length === 0 ? (
          <p className="text-muted-foreground">No payments yet.</p>
        ) : (
          <ul className="divide-y rounded-xl border">
            {payments.items.map((payment) => (
              <li
                key={payment.id}
                className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 p-4"
              >
                <div className="grid gap-0.5">
                  <span className="font-medium">
                    {movementLabel[payment.kind]} ({methodLabel[payment.method]}) ·{" "}
                    {payment.invoiceNumber}
                  </span>
                  <span className="text-sm text-muted-foreground">
                    <LocalTime date={payment.occurredAt} />
                    {payment.reason ? ` · ${payment.reason}` : ""}
                  </span>
                </div>
                <span className="font-medium">
                  {payment.kind === "refund" ? "−" : ""}
                  {formatMoney(payment.amountMinor, payment.currency)}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
