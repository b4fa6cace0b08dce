"use client";

import { useMutation } from "@tanstack/react-query";
import { CircleCheck, CircleDashed } from "lucide-react";
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { toast } from "sonner";

import { Button } from "@resq/ui/button";

import { apiProblem } from "~/components/api-problem";
import { FormAlert } from "~/components/forms/form-alert";
import { LocalTime } from "~/components/local-time";
import { SubmitButton } from "~/components/forms/submit-button";
import { useTRPC } from "~/trpc/react";

import { useStepLabel, type StepProps, type WizardStep } from "./shared";

export function SubmitStep({
  data,
  onSaved,
  onGoTo,
  doctorId,
}: StepProps & { onGoTo: (step: WizardStep) => void; doctorId: string }) {
  const trpc = useTRPC();
  const t = useTranslations("doctor.onboarding.submit");
  const labelOf = useStepLabel();
  const locale = useLocale();
  const [formError, setFormError] = useState<string | null>(null);
  const submit = useMutation(trpc.practice.submitForVerification.mutationOptions());
  const { verification } = data;
  const missing = data.steps.filter((s) => !s.done);

  async function onSubmit(event: React.FormEvent) {
    event.preventDefault();
    setFormError(null);
    try {
      await submit.mutateAsync();
      toast.success(t("submitted"));
      await onSaved("submit");
    } catch (error) {
      setFormError(apiProblem(error).message);
    }
  }

  if (verification.status === "pending") {
    const { submittedAt } = verification;
    return (
      <div className="grid gap-3" data-testid="submit-status">
        <p className="text-lg font-semibold">{t("pendingTitle")}</p>
        <p>
          {submittedAt
            ? t.rich("pendingSubmitted", { time: () => <LocalTime date={submittedAt} /> })
            : t("pending")}
        </p>
      </div>
    );
  }
  if (verification.status === "verified") {
    return (
      <div className="grid gap-3" data-testid="submit-status">
        <p className="text-lg font-semibold">{t("verifiedTitle")}</p>
        <p>{t("verifiedText")}</p>
        <div>
          <Button asChild>
            <Link href={`/doctors/${doctorId}`}>{t("publicProfile")}</Link>
          </Button>
        </div>
      </div>
    );
  }

  return (
    <form noValidate onSubmit={(event) => void onSubmit(event)} className="grid gap-5">
      <p>{verification.status === "rejected" ? t("introRejected") : t("intro")}</p>
      <ul className="grid gap-2" aria-label={t("listLabel")}>
        {data.steps.map(({ step, done }) => (
          <li key={step} className="flex flex-wrap items-center gap-2 text-sm">
            {done ? (
              <CircleCheck aria-hidden="true" className="size-4 text-success" />
            ) : (
              <CircleDashed aria-hidden="true" className="size-4 text-muted-foreground" />
            )}
            <span>
              {done
                ? t("stepDone", { step: labelOf(step) })
                : t("stepNotDone", { step: labelOf(step) })}
            </span>
            {!done ? (
              <Button type="button" variant="link" size="sm" onClick={() => onGoTo(step)}>
                {t("goTo", { step: labelOf(step) })}
              </Button>
            ) : null}
          </li>
        ))}
      </ul>
      <FormAlert message={formError} />
      {missing.length > 0 ? (
        <p className="text-sm font-medium">
          {t("missing", {
            steps: new Intl.ListFormat(locale, { style: "short", type: "unit" }).format(
              missing.map((s) => labelOf(s.step)),
            ),
          })}
        </p>
      ) : (
        <SubmitButton
          pending={submit.isPending}
          pendingLabel={t("submitting")}
          className="justify-self-start"
        >
          {verification.status === "rejected" ? t("submitAgain") : t("submitForVerification")}
        </SubmitButton>
      )}
    </form>
  );
}
