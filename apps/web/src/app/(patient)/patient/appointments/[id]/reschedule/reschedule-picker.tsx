"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useMemo, useRef, useState } from "react";
import { toast } from "sonner";

import { Button } from "@resq/ui/button";
import { Skeleton } from "@resq/ui/skeleton";
import { Spinner } from "@resq/ui/spinner";

import { apiProblem } from "~/components/api-problem";
import { alternativesFrom, type FreeTime } from "~/components/appointments/problem";
import { FormAlert } from "~/components/forms/form-alert";
import { SubmitButton } from "~/components/forms/submit-button";
import { useIsClient } from "~/components/local-time";
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
          )
        : [],
    [slots.data, zone, currentStartsAt],
  );
  const alternativeDays = taken && zone ? groupSlotsByDay(taken, zone) : [];

  async function confirm(event: React.FormEvent) {
    event.preventDefault();
    if (!chosen) {
      setFormError("Choose a new time first.");
      return;
    }
    setFormError(null);
    try {
      const moved = await reschedule.mutateAsync({ id: appointmentId, startsAt: chosen });
      toast.success("Your appointment was moved.");
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
        {service.name} ({service.durationMinutes} minutes) with {doctorName}.{" "}
        {zone
          ? zone === practiceTimeZone
            ? `Times are in your time zone (${zone}).`
            : `Times are in your time zone (${zone}); the practice is in ${practiceTimeZone}.`
          : null}
      </p>

      {taken ? (
        <div
          ref={takenRef}
          tabIndex={-1}
          className="grid gap-3 rounded-xl border border-warning/60 bg-warning/10 p-4 focus:outline-none"
        >
          <div role="alert" className="grid gap-1">
            <h2 className="text-lg font-semibold">
              That time was just taken — your appointment is unchanged
            </h2>
            <p className="text-sm">
              {taken.length > 0
                ? "These are the nearest free times. Choose one, then confirm again."
                : "There are no free times close to it. Choose another time below."}
            </p>
          </div>
          {taken.length > 0 && zone ? (
            <TimeChoices
              days={alternativeDays}
              chosen={chosen}
              onChoose={setChosen}
              legend="Nearest free times"
            />
          ) : null}
        </div>
      ) : null}

      {!zone || slots.isPending ? (
        <div className="grid gap-3" aria-busy="true">
          <Spinner label="Loading free times…" showLabel />
          <Skeleton className="h-24 w-full" />
        </div>
      ) : slots.isError ? (
        <div className="grid justify-items-start gap-2" role="alert">
          <p className="text-destructive">{apiProblem(slots.error).message}</p>
          <Button type="button" variant="outline" size="sm" onClick={() => void slots.refetch()}>
            Try again
          </Button>
        </div>
      ) : days.length === 0 ? (
        <p className="rounded-xl border p-4 text-muted-foreground">
          {doctorName} has no other free times in the next two weeks. Keep your appointment, or
          cancel it and join the waitlist.
        </p>
      ) : (
        <TimeChoices
          days={days}
          chosen={chosen}
          onChoose={setChosen}
          legend="Free times in the next two weeks"
        />
      )}

      <FormAlert message={formError} />
      <p aria-live="polite" className="text-sm" data-testid="chosen-time">
        {chosen && zone ? `New time: ${formatInZone(chosen, zone)}` : "No new time chosen yet."}
      </p>
      <div className="flex flex-wrap gap-3">
        <SubmitButton
          pending={reschedule.isPending}
          pendingLabel="Moving your appointment…"
          disabled={!chosen}
        >
          Confirm new time
        </SubmitButton>
        <Button asChild variant="ghost">
          <Link href={`/patient/appointments/${appointmentId}`}>Keep the current time</Link>
        </Button>
      </div>
    </form>
  );
}
