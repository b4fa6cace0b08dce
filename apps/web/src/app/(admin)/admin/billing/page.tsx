import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";

import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@resq/ui/table";

import { Pager, pageParam } from "~/components/billing/pager";
import { RefundPayment } from "~/components/billing/refund-payment";
import { formatMoney } from "~/components/format";
import { LocalTime } from "~/components/local-time";
import { api } from "~/trpc/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin");
  return { title: t("billing.title") };
}

const PAGE_SIZE = 20;
const METHODS = ["card", "cash", "card_terminal", "insurance"] as const;
const isMethod = (method: string): method is (typeof METHODS)[number] =>
  (METHODS as readonly string[]).includes(method);

export default async function AdminBillingPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const t = await getTranslations("admin");
  const locale = await getLocale();
  const page = pageParam((await searchParams).page);
  const payments = await (await api()).billing.refundablePayments({ page, pageSize: PAGE_SIZE });

  return (
    <div className="grid gap-6">
      <div className="grid gap-2">
        <h1 className="text-3xl font-semibold">{t("billing.title")}</h1>
        <p className="text-muted-foreground">{t("billing.intro")}</p>
      </div>
      {payments.items.length === 0 ? (
        <p className="text-muted-foreground">{t("billing.none")}</p>
      ) : (
        <div className="overflow-x-auto rounded-xl border">
          <Table>
            <TableHeader>
              <TableRow>
                <TableHead scope="col">{t("billing.columns.when")}</TableHead>
                <TableHead scope="col">{t("billing.columns.invoice")}</TableHead>
                <TableHead scope="col">{t("billing.columns.patient")}</TableHead>
                <TableHead scope="col">{t("billing.columns.method")}</TableHead>
                <TableHead scope="col" className="text-right">
                  {t("billing.columns.amount")}
                </TableHead>
                <TableHead scope="col" className="text-right">
                  {t("billing.columns.refunded")}
                </TableHead>
                <TableHead scope="col">{t("billing.columns.refund")}</TableHead>
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
                  <TableCell>
                    {isMethod(payment.method)
                      ? t(`billing.methods.${payment.method}`)
                      : payment.method}
                  </TableCell>
                  <TableCell className="text-right">
                    {formatMoney(payment.amountMinor, payment.currency, locale)}
                  </TableCell>
                  <TableCell className="text-right">
                    {formatMoney(payment.refundedMinor, payment.currency, locale)}
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
        label={t("billing.pages")}
        page={page}
        total={payments.total}
        pageSize={PAGE_SIZE}
        hrefFor={(n) => `/admin/billing?page=${n}`}
        newer={t("billing.newer")}
        older={t("billing.older")}
      />
    </div>
  );
}
