"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { toast } from "sonner";

import { Button } from "@resq/ui/button";
import { Spinner } from "@resq/ui/spinner";

import { apiProblem } from "~/components/api-problem";
import { ConfirmDialog } from "~/components/confirm-dialog";
import { FormAlert } from "~/components/forms/form-alert";
import { useTRPC } from "~/trpc/react";

/** Mark completed / Mark no-show: only once the visit has started. */
export function OutcomeButtons({
  appointmentId,
  started,
}: {
  appointmentId: string;
  started: boolean;
}) {
  const trpc = useTRPC();
  const t = useTranslations("doctor.appointment.outcome");
  const router = useRouter();
  const mark = useMutation(trpc.appointments.markOutcome.mutationOptions());
  const [error, setError] = useState<string | null>(null);

  async function markAs(outcome: "completed" | "no_show") {
    setError(null);
    try {
      await mark.mutateAsync({ id: appointmentId, outcome });
      toast.success(outcome === "completed" ? t("completed") : t("noShow"));
      router.refresh();
    } catch (failure) {
      setError(apiProblem(failure).message);
    }
  }

  return (
    <div className="grid gap-3">
      {started ? null : (
        <p id="outcome-hint" className="text-sm text-muted-foreground">
          {t("hint")}
        </p>
      )}
      <FormAlert message={error} />
      <div className="flex flex-wrap gap-3">
        <Button
          type="button"
          disabled={!started || mark.isPending}
          aria-describedby={started ? undefined : "outcome-hint"}
          onClick={() => void markAs("completed")}
        >
          {mark.isPending && mark.variables?.outcome === "completed" ? (
            <Spinner label={t("saving")} className="text-current" />
          ) : null}
          {t("markCompleted")}
        </Button>
        {started ? (
          <ConfirmDialog
            trigger={t("markNoShow")}
            triggerProps={{ size: "default", disabled: mark.isPending }}
            title={t("noShowTitle")}
            description={t("noShowDescription")}
            confirmLabel={t("markNoShow")}
            pendingLabel={t("saving")}
            onConfirm={() => markAs("no_show")}
          />
        ) : (
          <Button type="button" variant="outline" disabled aria-describedby="outcome-hint">
            {t("markNoShow")}
          </Button>
        )}
      </div>
    </div>
  );
}
