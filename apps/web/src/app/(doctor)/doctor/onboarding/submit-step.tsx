"use client";

import { useMutation } from "@tanstack/react-query";
import { CircleCheck, CircleDashed } from "lucide-react";
import Link from "next/link";
import { useState } from "react";
import { toast } from "sonner";

import { Button } from "@resq/ui/button";

import { apiProblem } from "~/components/api-problem";
import { FormAlert } from "~/components/forms/form-alert";
import { LocalTime } from "~/components/local-time";
import { SubmitButton } from "~/components/forms/submit-button";
import { useTRPC } from "~/trpc/react";

import { WIZARD_STEPS, type StepProps, type WizardStep } from "./shared";

export function SubmitStep({
  data,
  onSaved,
  onGoTo,
  doctorId,
}: StepProps & { onGoTo: (step: WizardStep) => void; doctorId: string }) {
  const trpc = useTRPC();
  const [formError, setFormError] = useState<string | null>(null);
  const submit = useMutation(trpc.practice.submitForVerification.mutationOptions());
  const { verification } = data;
  const missing = data.steps.filter((s) => !s.done);
  const labelOf = (step: string) => WIZARD_STEPS.find((s) => s.step === step)?.label ?? step;

  async function onSubmit(event: React.FormEvent) {
    event.preventDefault();
    setFormError(null);
    try {
      await submit.mutateAsync();
      toast.success("Submitted. We will email you when an admin has checked your profile.");
      await onSaved("submit");
    } catch (error) {
      setFormError(apiProblem(error).message);
    }
  }

  if (verification.status === "pending") {
    return (
      <div className="grid gap-3" data-testid="submit-status">
        <p className="text-lg font-semibold">Waiting for verification</p>
        <p>
          An admin is checking your licence
          {verification.submittedAt ? (
            <>
              {" "}
              (submitted <LocalTime date={verification.submittedAt} />)
            </>
          ) : null}
          . We will email you the outcome. Until then, you are not listed in the directory.
        </p>
      </div>
    );
  }
  if (verification.status === "verified") {
    return (
      <div className="grid gap-3" data-testid="submit-status">
        <p className="text-lg font-semibold">You are verified</p>
        <p>Patients can find you in the directory and book your free times.</p>
        <div>
          <Button asChild>
            <Link href={`/doctors/${doctorId}`}>See your public profile</Link>
          </Button>
        </div>
      </div>
    );
  }

  return (
    <form noValidate onSubmit={(event) => void onSubmit(event)} className="grid gap-5">
      <p>
        {verification.status === "rejected"
          ? "Once you have made the changes asked for above, submit your profile again."
          : "When every step is done, send your profile for verification. An admin checks your licence, usually within two working days, and we email you the outcome."}
      </p>
      <ul className="grid gap-2" aria-label="Setup steps">
        {data.steps.map(({ step, done }) => (
          <li key={step} className="flex flex-wrap items-center gap-2 text-sm">
            {done ? (
              <CircleCheck aria-hidden="true" className="size-4 text-success" />
            ) : (
              <CircleDashed aria-hidden="true" className="size-4 text-muted-foreground" />
            )}
            <span>
              {labelOf(step)}: {done ? "done" : "not done yet"}
            </span>
            {!done ? (
              <Button type="button" variant="link" size="sm" onClick={() => onGoTo(step)}>
                Go to {labelOf(step)}
              </Button>
            ) : null}
          </li>
        ))}
      </ul>
      <FormAlert message={formError} />
      {missing.length > 0 ? (
        <p className="text-sm font-medium">
          Still missing: {missing.map((s) => labelOf(s.step)).join(", ")}.
        </p>
      ) : (
        <SubmitButton
          pending={submit.isPending}
          pendingLabel="Submitting…"
          className="justify-self-start"
        >
          {verification.status === "rejected" ? "Submit again" : "Submit for verification"}
        </SubmitButton>
      )}
    </form>
  );
}
