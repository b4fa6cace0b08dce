"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
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
              Issue<span className="sr-only"> {invoice.number}</span>
            </>
          }
          triggerProps={{ size: "sm" }}
          title={`Issue invoice ${invoice.number}?`}
          description="The patient will see it and can pay it."
          confirmLabel="Issue"
          pendingLabel="Issuing…"
          onConfirm={() =>
            run(() => issue.mutateAsync({ id: invoice.id }), `${invoice.number} issued.`)
          }
        />
      ) : null}
      {(invoice.status === "draft" || invoice.status === "open") && !holdsMoney ? (
        <ConfirmDialog
          trigger={
            <>
              Void<span className="sr-only"> {invoice.number}</span>
            </>
          }
          triggerProps={{ size: "sm", variant: "outline" }}
          title={`Void invoice ${invoice.number}?`}
          description="The patient will no longer owe it. This cannot be undone."
          confirmLabel="Void invoice"
          pendingLabel="Voiding…"
          onConfirm={() =>
            run(
              () => voidInvoice.mutateAsync({ id: invoice.id, reason: "Voided by the practice" }),
              `${invoice.number} voided.`,
            )
          }
        />
      ) : null}
    </div>
  );
}
