"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { toast } from "sonner";

import { Button } from "@resq/ui/button";
import {
  Dialog,
  DialogClose,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
} from "@resq/ui/dialog";
import { Spinner } from "@resq/ui/spinner";

import { apiProblem } from "~/components/api-problem";
import { formatMoney } from "~/components/format";
import { useTRPC } from "~/trpc/react";

type CancelT = ReturnType<typeof useTranslations<"appointments.cancel">>;

interface Preview {
  late: boolean;
  feeMinor: number;
  currency: string;
  windowHours: number;
}

/** What cancelling now means, in plain words. */
function termsText(preview: Preview, t: CancelT, locale: string): string {
  const hours = preview.windowHours;
  if (!preview.late) return t("terms.notLate", { hours });
  return preview.feeMinor > 0
    ? t("terms.lateWithFee", {
        hours,
        fee: formatMoney(preview.feeMinor, preview.currency, locale),
      })
    : t("terms.lateNoFee", { hours });
}

/**
 * Cancel, for the patient: the terms (late or not, and the fee) are fetched first and shown in the
 * confirmation; after cancelling, the appointment's page shows the outcome and what to do next.
 */
export function CancelAppointment({
  appointmentId,
  description,
}: {
  appointmentId: string;
  /** For screen readers: which appointment ("Check-up on Monday…"). */
  description: string;
}) {
  const t = useTranslations("appointments.cancel");
  const locale = useLocale();
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const [loading, setLoading] = useState(false);
  const [preview, setPreview] = useState<Preview | null>(null);
  const cancel = useMutation(trpc.appointments.cancel.mutationOptions());

  async function ask() {
    setLoading(true);
    try {
      setPreview(
        await queryClient.fetchQuery(
          trpc.appointments.cancellationPreview.queryOptions(
            { id: appointmentId },
            { staleTime: 0 },
          ),
        ),
      );
    } catch (error) {
      toast.error(apiProblem(error).message);
    } finally {
      setLoading(false);
    }
  }

  async function confirm() {
    try {
      await cancel.mutateAsync({ id: appointmentId });
      setPreview(null);
      toast.success(t("cancelled"));
      router.push(`/patient/appointments/${appointmentId}?cancelled=1`);
      router.refresh();
    } catch (error) {
      setPreview(null);
      toast.error(apiProblem(error).message);
      router.refresh();
    }
  }

  return (
    <>
      <Button
        type="button"
        variant="outline"
        size="sm"
        disabled={loading}
        onClick={() => void ask()}
      >
        {loading ? <Spinner label={t("checking")} className="text-current" /> : null}
        {t("button")}
        <span className="sr-only">: {description}</span>
      </Button>
      <Dialog
        open={preview !== null}
        onOpenChange={(open) => !open && !cancel.isPending && setPreview(null)}
      >
        <DialogContent role="alertdialog">
          <DialogHeader>
            <DialogTitle>{t("title")}</DialogTitle>
            <DialogDescription>{description}</DialogDescription>
          </DialogHeader>
          {preview ? (
            <p
              data-testid="cancellation-terms"
              className={
                preview.late
                  ? "rounded-md border border-warning/60 bg-warning/10 px-3 py-2 text-sm font-medium"
                  : "text-sm"
              }
            >
              {termsText(preview, t, locale)}
            </p>
          ) : null}
          <DialogFooter>
            <DialogClose asChild>
              <Button variant="outline" disabled={cancel.isPending}>
                {t("keep")}
              </Button>
            </DialogClose>
            <Button
              variant="destructive"
              disabled={cancel.isPending}
              onClick={() => void confirm()}
            >
              {cancel.isPending ? (
                <Spinner label={t("cancelling")} className="text-current" />
              ) : null}
              {preview?.late && preview.feeMinor > 0
                ? t("cancelAndPay", {
                    fee: formatMoney(preview.feeMinor, preview.currency, locale),
                  })
                : t("button")}
            </Button>
          </DialogFooter>
        </DialogContent>
      </Dialog>
    </>
  );
}
