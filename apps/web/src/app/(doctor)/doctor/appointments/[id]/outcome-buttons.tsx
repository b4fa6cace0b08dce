"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
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
  const router = useRouter();
  const mark = useMutation(trpc.appointments.markOutcome.mutationOptions());
  const [error, setError] = useState<string | null>(null);

  async function markAs(outcome: "completed" | "no_show") {
    setError(null);
    try {
      await mark.mutateAsync({ id: appointmentId, outcome });
      toast.success(outcome === "completed" ? "Marked as completed." : "Marked as a no-show.");
      router.refresh();
    } catch (failure) {
      setError(apiProblem(failure).message);
    }
  }

  return (
    <div className="grid gap-3">
      {started ? null : (
        <p id="outcome-hint" className="text-sm text-muted-foreground">
          You can mark the outcome once the visit has started.
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
            <Spinner label="Saving…" className="text-current" />
          ) : null}
          Mark completed
        </Button>
        {started ? (
          <ConfirmDialog
            trigger="Mark no-show"
            triggerProps={{ size: "default", disabled: mark.isPending }}
            title="Mark as a no-show?"
            description="The patient did not come. Your no-show fee, if you set one, applies."
            confirmLabel="Mark no-show"
            pendingLabel="Saving…"
            onConfirm={() => markAs("no_show")}
          />
        ) : (
          <Button type="button" variant="outline" disabled aria-describedby="outcome-hint">
            Mark no-show
          </Button>
        )}
      </div>
    </div>
  );
}
