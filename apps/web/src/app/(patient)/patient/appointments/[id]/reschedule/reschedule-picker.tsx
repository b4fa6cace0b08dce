"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useMemo, useRef, useState } from "react";
import { toast } from "sonner";

import { Button } from "@resq/ui/button";
import { Skeleton } from "@resq/ui/skeleton";
import { Spinner } from "@resq/ui/spinner";

import { apiProblem } from "~/components/api-problem";
import { alternativesFrom, type FreeTime } from "~/components/appointments/problem";
import { FormAlert } from "~/components/forms/form-alert";
import { SubmitButton } from "~/components/forms/submit-button";
import { useIsClient } from "~/components/use-is-client";
import { formatInZone, groupSlotsByDay, viewerTimeZone } from "~/components/slots";
import { useTRPC } from "~/trpc/react";

import { TimeChoices } from "./time-choices";

/** The same doctor's and service's free times (next two weeks), one chosen, then confirmed. */
export function ReschedulePicker({
  appointmentId,
  doctorId,
  doctorName,
  service,
  practiceTimeZone,
  from,
  to,
  currentStartsAt,
}: {
  appointmentId: string;
  doctorId: string;
  doctorName: string;
  service: { id: string; name: string; durationMinutes: number };
  practiceTimeZone: string;
  from: string;
  to: string;
  currentStartsAt: string;
}) {
  const t = useTranslations("appointments.reschedule");
  const locale = useLocale();
  const trpc = useTRPC();
  const router = useRouter();
  const isClient = useIsClient();
  const zone = isClient ? viewerTimeZone() : null;
  const [chosen, setChosen] = useState<Date | null>(null);
  const [taken, setTaken] = useState<FreeTime[] | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const takenRef = useRef<HTMLDivElement>(null);
  const slots = useQuery(
    trpc.directory.slots.queryOptions({ doctorId, serviceId: service.id, from, to }),
  );
  const reschedule = useMutation(trpc.appointments.reschedule.mutationOptions());
  const days = useMemo(
    () =>
      slots.data && zone
        ? groupSlotsByDay(
            slots.data.slots.filter((slot) => slot.startsAt.toISOString() !== currentStartsAt),
            zone,
            locale,
          )
        : [],
    [slots.data, zone, currentStartsAt, locale],
  );
  const alternativeDays = taken && zone ? groupSlotsByDay(taken, zone, locale) : [];

  async function confirm(event: React.FormEvent) {
    event.preventDefault();
    if (!chosen) {
      setFormError(t("chooseFirst"));
      return;
    }
    setFormError(null);
    try {
      const moved = await reschedule.mutateAsync({ id: appointmentId, startsAt: chosen });
      toast.success(t("moved"));
      router.push(`/patient/appointments/${moved.id}?moved=1`);
    } catch (error) {
      const problem = apiProblem(error);
      if (problem.appCode === "SLOT_UNAVAILABLE") {
        setTaken(alternativesFrom(error));
        setChosen(null);
        void slots.refetch();
        requestAnimationFrame(() => takenRef.current?.focus());
        return;
      }
      setFormError(problem.message);
    }
  }

  return (
    <form noValidate onSubmit={(event) => void confirm(event)} className="grid gap-5">
      <p className="text-sm">
        {t("serviceLine", {
          service: service.name,
          minutes: service.durationMinutes,
          doctor: doctorName,
        })}{" "}
        {zone
          ? zone === practiceTimeZone
            ? t("zoneSame", { zone })
            : t("zoneDiffers", { zone, practiceZone: practiceTimeZone })
          : null}
      </p>

      {taken ? (
        <div
          ref={takenRef}
          tabIndex={-1}
          className="grid gap-3 rounded-xl border border-warning/60 bg-warning/10 p-4 focus:outline-none"
        >
          <div role="alert" className="grid gap-1">
            <h2 className="text-lg font-semibold">{t("taken.title")}</h2>
            <p className="text-sm">
              {taken.length > 0 ? t("taken.alternatives") : t("taken.none")}
            </p>
          </div>
          {taken.length > 0 && zone ? (
            <TimeChoices
              days={alternativeDays}
              chosen={chosen}
              onChoose={setChosen}
              legend={t("taken.legend")}
            />
          ) : null}
        </div>
      ) : null}

      {!zone || slots.isPending ? (
        <div className="grid gap-3" aria-busy="true">
          <Spinner label={t("loading")} showLabel />
          <Skeleton className="h-24 w-full" />
        </div>
      ) : slots.isError ? (
        <div className="grid justify-items-start gap-2" role="alert">
          <p className="text-destructive">{apiProblem(slots.error).message}</p>
          <Button type="button" variant="outline" size="sm" onClick={() => void slots.refetch()}>
            {t("tryAgain")}
          </Button>
        </div>
      ) : days.length === 0 ? (
        <p className="rounded-xl border p-4 text-muted-foreground">
          {t("noFreeTimes", { doctor: doctorName })}
        </p>
      ) : (
        <TimeChoices days={days} chosen={chosen} onChoose={setChosen} legend={t("legend")} />
      )}

      <FormAlert message={formError} />
      <p aria-live="polite" className="text-sm" data-testid="chosen-time">
        {chosen && zone
          ? t("newTime", { time: formatInZone(chosen, zone, locale) })
          : t("noneChosen")}
      </p>
      <div className="flex flex-wrap gap-3">
        <SubmitButton pending={reschedule.isPending} pendingLabel={t("moving")} disabled={!chosen}>
          {t("confirm")}
        </SubmitButton>
        <Button asChild variant="ghost">
          <Link href={`/patient/appointments/${appointmentId}`}>{t("keepCurrent")}</Link>
        </Button>
      </div>
    </form>
  );
}
