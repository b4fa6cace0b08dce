"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { CircleAlert, CircleCheck, Circle, Clock } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";

import { cn } from "@resq/ui/cn";

import { LocalTime } from "~/components/local-time";
import { useTRPC } from "~/trpc/react";

import { BookingStep } from "./booking-step";
import { HoursStep } from "./hours-step";
import { LicenceStep } from "./licence-step";
import { PracticeStep } from "./practice-step";
import { ProfileStep } from "./profile-step";
import { ServicesStep } from "./services-step";
import { useStepLabel, WIZARD_STEPS, type Onboarding, type WizardStep } from "./shared";
import { SubmitStep } from "./submit-step";

/** Where to resume: the first step not done yet, or the submit step when all are done. */
function firstOpenStep(data: Onboarding): WizardStep {
  return data.steps.find((s) => !s.done)?.step ?? "submit";
}

/**
 * The doctor's practice setup, one step at a time. Each step saves on its own, so the doctor can
 * stop and come back; it opens at the first step not done, and any step can be revisited.
 */
export function Wizard({ initial, doctorId }: { initial: Onboarding; doctorId: string }) {
  const trpc = useTRPC();
  const t = useTranslations("doctor.onboarding.wizard");
  const stepLabel = useStepLabel();
  const queryClient = useQueryClient();
  const onboarding = useQuery({
    ...trpc.practice.onboarding.queryOptions(),
    initialData: initial,
  });
  const data = onboarding.data;
  const [step, setStep] = useState<WizardStep>(() => firstOpenStep(initial));
  const headingRef = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);

  useEffect(() => {
    // Focus follows the step (not on first load): screen readers hear the new step's title.
    if (moved.current) headingRef.current?.focus();
  }, [step]);

  function goTo(next: WizardStep) {
    moved.current = true;
    setStep(next);
    window.scrollTo({ top: 0 });
  }

  async function onSaved(to?: WizardStep) {
    await queryClient.invalidateQueries(trpc.practice.onboarding.queryFilter());
    const index = WIZARD_STEPS.indexOf(step);
    goTo(to ?? WIZARD_STEPS[Math.min(index + 1, WIZARD_STEPS.length - 1)]!);
  }

  const done = new Set(data.steps.filter((s) => s.done).map((s) => s.step));
  const doneCount = data.steps.filter((s) => s.done).length;
  const currentIndex = WIZARD_STEPS.indexOf(step);
  const { verification } = data;

  return (
    <div className="grid gap-6">
      <div className="grid gap-2">
        <p className="text-sm">
          <Link
            href="/doctor"
            className="text-primary underline underline-offset-4 hover:no-underline"
          >
            {t("dashboardLink")}
          </Link>
        </p>
        <h1 className="text-3xl font-semibold">{t("title")}</h1>
        <p className="max-w-3xl text-muted-foreground">{t("intro")}</p>
      </div>

      <VerificationBanner verification={verification} doctorId={doctorId} />

      <nav aria-label={t("navLabel")} className="grid gap-2">
        <p className="text-sm text-muted-foreground">
          {t("stepsDone", { done: doneCount, total: data.steps.length })}
        </p>
        <ol className="grid grid-cols-2 gap-2 sm:grid-cols-4 lg:grid-cols-7">
          {WIZARD_STEPS.map((item, index) => {
            const isDone =
              item === "submit"
                ? verification.status !== "draft" && verification.status !== "rejected"
                : done.has(item);
            const isCurrent = item === step;
            const Icon = isDone ? CircleCheck : Circle;
            return (
              <li key={item}>
                <button
                  type="button"
                  onClick={() => goTo(item)}
                  aria-current={isCurrent ? "step" : undefined}
                  className={cn(
                    "flex h-full w-full items-center gap-2 rounded-md border px-3 py-2 text-left text-sm hover:bg-accent",
                    "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring",
                    isCurrent && "border-primary bg-accent font-semibold",
                  )}
                >
                  <Icon
                    aria-hidden="true"
                    className={cn(
                      "size-4 shrink-0",
                      isDone ? "text-success" : "text-muted-foreground",
                    )}
                  />
                  <span>
                    {index + 1}. {stepLabel(item)}
                    <span className="sr-only"> {isDone ? t("done") : t("toDo")}</span>
                  </span>
                </button>
              </li>
            );
          })}
        </ol>
      </nav>

      <section
        aria-labelledby="step-title"
        className="grid gap-4 rounded-xl border bg-card p-4 shadow-sm sm:p-6"
      >
        <div className="grid gap-1">
          <p className="text-sm text-muted-foreground">
            {t("stepOf", { current: currentIndex + 1, total: WIZARD_STEPS.length })}
          </p>
          <h2
            id="step-title"
            ref={headingRef}
            tabIndex={-1}
            className="text-2xl font-semibold focus:outline-none"
          >
            {stepLabel(step)}
          </h2>
        </div>
        {step === "profile" ? <ProfileStep key={step} data={data} onSaved={onSaved} /> : null}
        {step === "licence" ? <LicenceStep key={step} data={data} onSaved={onSaved} /> : null}
        {step === "practice" ? <PracticeStep key={step} data={data} onSaved={onSaved} /> : null}
        {step === "services" ? <ServicesStep key={step} data={data} onSaved={onSaved} /> : null}
        {step === "availability" ? <HoursStep key={step} data={data} onSaved={onSaved} /> : null}
        {step === "booking" ? <BookingStep key={step} data={data} onSaved={onSaved} /> : null}
        {step === "submit" ? (
          <SubmitStep key={step} data={data} onSaved={onSaved} onGoTo={goTo} doctorId={doctorId} />
        ) : null}
      </section>
    </div>
  );
}

function VerificationBanner({
  verification,
  doctorId,
}: {
  verification: Onboarding["verification"];
  doctorId: string;
}) {
  const t = useTranslations("doctor.onboarding.banner");
  const { submittedAt } = verification;
  switch (verification.status) {
    case "rejected":
      return (
        <div
          className="grid gap-2 rounded-xl border-2 border-destructive/60 bg-destructive/10 p-4"
          data-testid="rejection"
        >
          <p className="flex items-center gap-2 font-semibold">
            <CircleAlert aria-hidden="true" className="size-5 text-destructive" />
            {t("rejectedTitle")}
          </p>
          {verification.note ? (
            <p>
              <span className="font-medium">{t("whatToChange")} </span>
              {verification.note}
            </p>
          ) : null}
          <p className="text-sm">{t("rejectedText")}</p>
        </div>
      );
    case "pending":
      return (
        <div className="flex items-start gap-2 rounded-xl border border-warning/60 bg-warning/10 p-4">
          <Clock aria-hidden="true" className="mt-0.5 size-5 shrink-0" />
          <p>
            {submittedAt
              ? t.rich("pendingSubmitted", {
                  b: bold,
                  time: () => <LocalTime date={submittedAt} />,
                })
              : t.rich("pending", { b: bold })}
          </p>
        </div>
      );
    case "verified":
      return (
        <div className="flex flex-wrap items-start gap-2 rounded-xl border border-success/60 bg-success/10 p-4">
          <CircleCheck aria-hidden="true" className="mt-0.5 size-5 shrink-0 text-success" />
          <p>
            {t.rich("verified", { b: bold })}{" "}
            <Link
              href={`/doctors/${doctorId}`}
              className="text-primary underline underline-offset-4 hover:no-underline"
            >
              {t("publicProfile")}
            </Link>
          </p>
        </div>
      );
    default:
      return null;
  }
}

function bold(chunks: React.ReactNode) {
  return <span className="font-semibold">{chunks}</span>;
}
