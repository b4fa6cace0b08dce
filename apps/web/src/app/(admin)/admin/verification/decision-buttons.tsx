"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
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
  DialogTrigger,
} from "@resq/ui/dialog";
import { fieldAriaProps, FormField } from "@resq/ui/form-field";
import { Spinner } from "@resq/ui/spinner";
import { Textarea } from "@resq/ui/textarea";

import { apiProblem } from "~/components/api-problem";
import { FormAlert } from "~/components/forms/form-alert";
import { SubmitButton } from "~/components/forms/submit-button";
import { useTRPC } from "~/trpc/react";

const REASON_MIN = 10;

/** Words only screen readers hear ("Approve" → "Approve Dr Ana Ruiz"). */
const sr = (chunks: React.ReactNode) => <span className="sr-only">{chunks}</span>;

/** Approve at once; reject only with a reason the doctor will read. The list refreshes after. */
export function DecisionButtons({ doctorId, name }: { doctorId: string; name: string }) {
  const tAdmin = useTranslations("admin");
  const t = useTranslations("admin.verification.decision");
  const trpc = useTRPC();
  const router = useRouter();
  const decide = useMutation(trpc.verification.decide.mutationOptions());
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState("");
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);

  async function approve() {
    try {
      await decide.mutateAsync({ doctorId, decision: "approve" });
      toast.success(t("approved", { name }));
    } catch (error) {
      toast.error(apiProblem(error).message);
    }
    router.refresh();
  }

  async function reject(event: React.FormEvent) {
    event.preventDefault();
    setFormError(null);
    if (reason.trim().length < REASON_MIN) {
      setReasonError(t("reasonTooShort", { min: REASON_MIN }));
      return;
    }
    setReasonError(null);
    try {
      await decide.mutateAsync({ doctorId, decision: "reject", reason: reason.trim() });
      toast.success(t("rejected", { name }));
      setRejecting(false);
      setReason("");
      router.refresh();
    } catch (error) {
      const problem = apiProblem(error);
      if (problem.fields.reason) setReasonError(problem.fields.reason);
      else if (problem.appCode === "NOT_PENDING") {
        toast.error(problem.message);
        setRejecting(false);
        router.refresh();
      } else setFormError(problem.message);
    }
  }

  const fieldId = `reject-reason-${doctorId}`;
  return (
    <div className="flex flex-wrap gap-2">
      <Button type="button" size="sm" disabled={decide.isPending} onClick={() => void approve()}>
        {decide.isPending && !rejecting ? (
          <Spinner label={t("approving")} className="text-current" />
        ) : null}
        {t.rich("approve", { name, sr })}
      </Button>
      <Dialog
        open={rejecting}
        onOpenChange={(open) => {
          if (decide.isPending) return;
          setRejecting(open);
          if (!open) {
            setReasonError(null);
            setFormError(null);
          }
        }}
      >
        <DialogTrigger asChild>
          <Button type="button" size="sm" variant="outline" disabled={decide.isPending}>
            {t.rich("reject", { name, sr })}
          </Button>
        </DialogTrigger>
        <DialogContent>
          <form noValidate onSubmit={(event) => void reject(event)} className="grid gap-4">
            <DialogHeader>
              <DialogTitle>{t("rejectTitle", { name })}</DialogTitle>
              <DialogDescription>{t("rejectDescription")}</DialogDescription>
            </DialogHeader>
            <FormAlert message={formError} />
            <FormField label={t("reason")} id={fieldId} error={reasonError ?? undefined} required>
              <Textarea
                rows={4}
                maxLength={1000}
                value={reason}
                onChange={(event) => setReason(event.target.value)}
                {...fieldAriaProps(fieldId, { error: reasonError ?? undefined })}
              />
            </FormField>
            <DialogFooter>
              <DialogClose asChild>
                <Button type="button" variant="outline" disabled={decide.isPending}>
                  {tAdmin("common.cancel")}
                </Button>
              </DialogClose>
              <SubmitButton
                variant="destructive"
                pending={decide.isPending}
                pendingLabel={t("rejecting")}
              >
                {t("confirmReject")}
              </SubmitButton>
            </DialogFooter>
          </form>
        </DialogContent>
      </Dialog>
    </div>
  );
}
