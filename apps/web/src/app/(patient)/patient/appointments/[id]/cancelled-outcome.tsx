import Link from "next/link";

import { Button } from "@resq/ui/button";

import { formatMoney } from "~/components/format";
import { api } from "~/trpc/server";

/** A cancelled appointment: who cancelled, any late-cancellation fee, and what to do next. */
export async function CancelledOutcome({
  appointment,
  justNow,
}: {
  appointment: {
    id: string;
    doctorId: string;
    serviceId: string | null;
    doctorName: string;
    lateCancellation: boolean;
    feeMinor: number | null;
  };
  justNow: boolean;
}) {
  const currency = appointment.lateCancellation
    ? (await (await api()).appointments.cancellationPreview({ id: appointment.id })).currency
    : "USD";
  const waitlistHref = `/patient/waitlist/join?${new URLSearchParams({
    doctorId: appointment.doctorId,
    ...(appointment.serviceId ? { serviceId: appointment.serviceId } : {}),
  }).toString()}`;

  return (
    <section
      aria-labelledby="outcome-title"
      className="grid gap-3 rounded-xl border border-primary/40 bg-accent/40 p-4 sm:p-6"
    >
      <div role={justNow ? "status" : undefined} className="grid gap-2">
        <h2 id="outcome-title" className="text-xl font-semibold">
          {justNow ? "Your appointment is cancelled" : "This appointment was cancelled"}
        </h2>
        <p data-testid="cancellation-outcome">
          {appointment.lateCancellation
            ? appointment.feeMinor
              ? `It was a late cancellation, so a fee of ${formatMoney(appointment.feeMinor, currency)} applies. It will appear on your bill.`
              : "It was a late cancellation; this practice charges no fee for it."
            : "There is no cancellation fee."}{" "}
          The time is free again for other patients.
        </p>
      </div>
      <p className="text-sm text-muted-foreground">
        Still need to see {appointment.doctorName}? Book another time, or join the waitlist to be
        offered a time that frees up.
      </p>
      <div className="flex flex-wrap gap-3">
        <Button asChild>
          <Link href={`/doctors/${appointment.doctorId}#times`}>Book another time</Link>
        </Button>
        <Button asChild variant="outline">
          <Link href={waitlistHref}>Join the waitlist</Link>
        </Button>
      </div>
    </section>
  );
}
