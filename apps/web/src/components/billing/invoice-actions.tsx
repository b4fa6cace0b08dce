"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { toast } from "sonner";

import { ConfirmDialog } from "~/components/confirm-dialog";
import { apiProblem } from "~/components/api-problem";
import { useTRPC } from "~/trpc/react";

/** Issue a draft, or void an invoice that holds no money (with confirmation). */
export function InvoiceActions({
  invoice,
}: {
  invoice: { id: string; number: string; status: string; paidMinor: number; refundedMinor: number };
}) {
  const t = useTranslations("billing.invoiceActions");
  const trpc = useTRPC();
  const router = useRouter();
  const issue = useMutation(trpc.billing.issueInvoice.mutationOptions());
  const voidInvoice = useMutation(trpc.billing.voidInvoice.mutationOptions());
  const holdsMoney = invoice.paidMinor - invoice.refundedMinor > 0;

  async function run(action: () => Promise<unknown>, done: string) {
    try {
      await action();
      toast.success(done);
      router.refresh();
    } catch (error) {
      toast.error(apiProblem(error).message);
    }
  }

  return (
    <div className="flex flex-wrap gap-2">
      {invoice.status === "draft" ? (
        <ConfirmDialog
          trigger={
            <>
              {t("issue")}
              <span className="sr-only"> {invoice.number}</span>
            </>
          }
          triggerProps={{ size: "sm" }}
          title={t("issueTitle", { number: invoice.number })}
          description={t("issueDescription")}
          confirmLabel={t("issue")}
          pendingLabel={t("issuing")}
          onConfirm={() =>
            run(
              () => issue.mutateAsync({ id: invoice.id }),
              t("issued", { number: invoice.number }),
            )
          }
        />
      ) : null}
      {(invoice.status === "draft" || invoice.status === "open") && !holdsMoney ? (
        <ConfirmDialog
          trigger={
            <>
              {t("void")}
              <span className="sr-only"> {invoice.number}</span>
            </>
          }
          triggerProps={{ size: "sm", variant: "outline" }}
          title={t("voidTitle", { number: invoice.number })}
          description={t("voidDescription")}
          confirmLabel={t("voidConfirm")}
          pendingLabel={t("voiding")}
          onConfirm={() =>
            run(
              () => voidInvoice.mutateAsync({ id: invoice.id, reason: "Voided by the practice" }),
              t("voided", { number: invoice.number }),
            )
          }
        />
      ) : null}
    </div>
  );
}
