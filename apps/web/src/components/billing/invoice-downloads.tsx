"use client";

import { Download } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { toast } from "sonner";

import { Button } from "@resq/ui/button";
import { Spinner } from "@resq/ui/spinner";

import { apiProblem } from "~/components/api-problem";
import { bytesOf, save } from "~/components/records/downloads";
import { useTRPCClient } from "~/trpc/react";

/** "Invoice PDF" and, once something is paid, "Receipt PDF". */
export function InvoiceDownloads({
  invoiceId,
  number,
  hasPayments,
}: {
  invoiceId: string;
  number: string;
  hasPayments: boolean;
}) {
  const t = useTranslations("billing.downloads");
  const client = useTRPCClient();
  const [pending, setPending] = useState<"invoice" | "receipt" | null>(null);

  async function download(kind: "invoice" | "receipt") {
    setPending(kind);
    try {
      const file = await client.billing.invoicePdf.query({ id: invoiceId, kind });
      save(new Blob([bytesOf(file.base64)], { type: file.contentType }), file.filename);
    } catch (problem) {
      toast.error(apiProblem(problem).message);
    } finally {
      setPending(null);
    }
  }

  const kinds = hasPayments ? (["invoice", "receipt"] as const) : (["invoice"] as const);
  return (
    <div className="flex flex-wrap gap-2">
      {kinds.map((kind) => (
        <Button
          key={kind}
          variant="outline"
          size="sm"
          disabled={pending !== null}
          onClick={() => void download(kind)}
        >
          {pending === kind ? (
            <Spinner
              label={kind === "invoice" ? t("preparingInvoice") : t("preparingReceipt")}
              className="text-current"
            />
          ) : (
            <Download aria-hidden="true" />
          )}
          {kind === "invoice" ? t("invoicePdf") : t("receiptPdf")}
          <span className="sr-only"> {t("forNumber", { number })}</span>
        </Button>
      ))}
    </div>
  );
}
