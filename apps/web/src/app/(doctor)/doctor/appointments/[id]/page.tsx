import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { Button } from "@resq/ui/button";

import { AppointmentWhen } from "~/components/appointments/appointment-when";
import { StatusBadge } from "~/components/appointments/status-badge";
import { dateInZone } from "~/components/format";
import { api } from "~/trpc/server";

import { DoctorCancel } from "./doctor-cancel";
import { OutcomeButtons } from "./outcome-buttons";

export const metadata: Metadata = { title: "Appointment" };

async function load(id: string) {
  if (!/^[0-9a-f-]{36}$/i.test(id)) notFound();
  try {
    return await (await api()).appointments.get({ id });
  } catch (error) {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST"))
      notFound();
    throw error;
  }
}

export default async function DoctorAppointmentPage({
  params,
}: {
  params: Promise<{ id: string }>;
}) {
  const { id } = await params;
  const appointment = await load(id);
  const now = new Date();
  const started = appointment.startsAt <= now;
  const booked = appointment.status === "booked";
  const scheduleHref = `/doctor/schedule?view=day&date=${dateInZone(appointment.startsAt, appointment.timeZone)}`;

  return (
    <div className="grid max-w-3xl gap-6">
      <div className="grid gap-2">
        <p className="text-sm">
          <Link href={scheduleHref} className="text-primary underline underline-offset-4">
            Back to the schedule
          </Link>
        </p>
        <h1 className="text-3xl font-semibold">
          {appointment.patientName}: {appointment.serviceName ?? "Appointment"}
        </h1>
        <div>
          <StatusBadge
            status={appointment.status}
            cancellationReason={appointment.cancellationReason}
          />
        </div>
      </div>

      <section
        aria-labelledby="details-title"
        className="grid gap-4 rounded-xl border bg-card p-4 shadow-sm sm:p-6"
      >
        <h2 id="details-title" className="text-xl font-semibold">
          Details
        </h2>
        <dl className="grid gap-3 text-sm sm:grid-cols-[8rem_1fr]">
          <dt className="font-medium">Patient</dt>
          <dd>{appointment.patientName}</dd>
          <dt className="font-medium">Service</dt>
          <dd>{appointment.serviceName ?? "—"}</dd>
          <dt className="font-medium">When</dt>
          <dd>
            <AppointmentWhen
              startsAt={appointment.startsAt}
              endsAt={appointment.endsAt}
              timeZone={appointment.timeZone}
            />
          </dd>
          <dt className="font-medium">Where</dt>
          <dd>{appointment.place || "—"}</dd>
          <dt className="font-medium">Reason</dt>
          <dd className="whitespace-pre-line">{appointment.reason || "None given."}</dd>
          {appointment.status === "cancelled" ? (
            <>
              <dt className="font-medium">Cancellation</dt>
              <dd>
                {appointment.cancellationReason === "Rescheduled"
                  ? "The patient moved it to another time."
                  : (appointment.cancellationReason ?? "Cancelled by the patient.")}
                {appointment.lateCancellation ? " (late cancellation)" : ""}
              </dd>
            </>
          ) : null}
        </dl>
        <div className="flex flex-wrap gap-3">
          <Button asChild variant="outline">
            <Link href={`/doctor/patients/${appointment.patientId}`}>Open chart</Link>
          </Button>
          <Button asChild variant="outline">
            <Link
              href={`/doctor/patients/${appointment.patientId}?appointment=${appointment.id}#note`}
            >
              Write note
            </Link>
          </Button>
        </div>
      </section>

      {booked ? (
        <section
          aria-labelledby="actions-title"
          className="grid gap-4 rounded-xl border p-4 sm:p-6"
        >
          <h2 id="actions-title" className="text-xl font-semibold">
            {started ? "After the visit" : "Before the visit"}
          </h2>
          <OutcomeButtons appointmentId={appointment.id} started={started} />
          {started ? null : (
            <DoctorCancel appointmentId={appointment.id} patientName={appointment.patientName} />
          )}
        </section>
      ) : null}
    </div>
  );
}
