import type { Metadata } from "next";

import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@resq/ui/table";

import { methodLabel } from "~/components/billing/labels";
import { Pager, pageParam } from "~/components/billing/pager";
import { RefundPayment } from "~/components/billing/refund-payment";
import { formatMoney } from "~/components/format";
import { LocalTime } from "~/components/local-time";
import { api } from "~/trpc/server";

export const metadata: Metadata = { title: "Payments and refunds" };

const PAGE_SIZE = 20;

export default async function AdminBillingPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const page = pageParam((await searchParams).page);
  const payments = await (await api()).billing.refundablePayments({ page, pageSize: PAGE_SIZE });

  return (
    <div className="grid gap-6">
      <div className="grid gap-2">
        <h1 className="text-3xl font-semibold">Payments and refunds</h1>
        <p className="text-muted-foreground">
          Every payment received, newest first. Refund in full or in part, with a reason; each
          refund is a new ledger entry and is audited.
        </p>
      </div>
      {payments.items.length === 0 ? (
        <p className="text-muted-foreground">No payments yet.</p>
      ) : (
        <div className="overflow-x-auto rounded-xl border">
          <Table>
            <TableHeader>
              <TableRow>
                <TableHead scope="col">When</TableHead>
                <TableHead scope="col">Invoice</TableHead>
                <TableHead scope="col">Patient</TableHead>
                <TableHead scope="col">Method</TableHead>
                <TableHead scope="col" className="text-right">
                  Amount
                </TableHead>
                <TableHead scope="col" className="text-right">
                  Refunded
                </TableHead>
                <TableHead scope="col">Refund</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {payments.items.map((payment) => (
                <TableRow key={payment.id}>
                  <TableCell>
                    <LocalTime date={payment.occurredAt} />
                  </TableCell>
                  <TableCell>{payment.invoiceNumber}</TableCell>
                  <TableCell>{payment.patientName}</TableCell>
                  <TableCell>{methodLabel[payment.method]}</TableCell>
                  <TableCell className="text-right">
                    {formatMoney(payment.amountMinor, payment.currency)}
                  </TableCell>
                  <TableCell className="text-right">
                    {formatMoney(payment.refundedMinor, payment.currency)}
                  </TableCell>
                  <TableCell>
                    <RefundPayment payment={payment} />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
      <Pager
        label="Payment pages"
        page={page}
        total={payments.total}
        pageSize={PAGE_SIZE}
        hrefFor={(n) => `/admin/billing?page=${n}`}
        newer="Newer payments"
        older="Older payments"
      />
    </div>
  );
}
