"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
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

interface Preview {
  late: boolean;
  feeMinor: number;
  currency: string;
  windowHours: number;
}

/** What cancelling now means, in plain words. */
function termsText(preview: Preview): string {
  if (!preview.late)
    return `You are cancelling more than ${preview.windowHours} hours ahead, so there is no fee.`;
  return preview.feeMinor > 0
    ? `This is a late cancellation: it is less than ${preview.windowHours} hours before the visit, so the practice's late-cancellation fee of ${formatMoney(preview.feeMinor, preview.currency)} applies.`
    : `This is a late cancellation (less than ${preview.windowHours} hours before the visit). This practice charges no fee for it.`;
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
      toast.success("Your appointment is cancelled.");
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
        {loading ? (
          <Spinner label="Checking the cancellation terms…" className="text-current" />
        ) : null}
        Cancel appointment<span className="sr-only">: {description}</span>
      </Button>
      <Dialog
        open={preview !== null}
        onOpenChange={(open) => !open && !cancel.isPending && setPreview(null)}
      >
        <DialogContent role="alertdialog">
          <DialogHeader>
            <DialogTitle>Cancel this appointment?</DialogTitle>
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
              {termsText(preview)}
            </p>
          ) : null}
          <DialogFooter>
            <DialogClose asChild>
              <Button variant="outline" disabled={cancel.isPending}>
                Keep it
              </Button>
            </DialogClose>
            <Button
              variant="destructive"
              disabled={cancel.isPending}
              onClick={() => void confirm()}
            >
              {cancel.isPending ? <Spinner label="Cancelling…" className="text-current" /> : null}
              {preview?.late && preview.feeMinor > 0
                ? `Cancel and pay ${formatMoney(preview.feeMinor, preview.currency)}`
                : "Cancel appointment"}
            </Button>
          </DialogFooter>
        </DialogContent>
      </Dialog>
    </>
  );
}
