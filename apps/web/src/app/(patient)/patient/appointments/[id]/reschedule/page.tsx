import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import Link from "next/link";

import { Button } from "@resq/ui/button";

import { addDays, dateInZone } from "~/components/format";
import { api } from "~/trpc/server";

import { describeAppointment, isChangeable } from "../../appointment-actions";
import { loadAppointment } from "../../load";
import { ReschedulePicker } from "./reschedule-picker";

export const metadata: Metadata = { title: "Reschedule" };

/** How far ahead the new times are offered. */
const DAYS_AHEAD = 14;

export default async function ReschedulePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const appointment = await loadAppointment(id);
  const back = `/patient/appointments/${appointment.id}`;

  if (!isChangeable(appointment, new Date()) || !appointment.serviceId) {
    return (
      <Problem
        text="Only an upcoming booked appointment can be moved. This one is not."
        back={back}
      />
    );
  }
  let doctor;
  try {
    doctor = await (await api()).directory.doctor({ id: appointment.doctorId });
  } catch (error) {
    if (error instanceof TRPCError && error.code === "NOT_FOUND")
      return (
        <Problem
          text={`${appointment.doctorName} is not taking bookings through RESQ at the moment, so this appointment cannot be moved online. Contact the practice, or cancel it.`}
          back={back}
        />
      );
    throw error;
  }
  const service = doctor.services.find((offered) => offered.id === appointment.serviceId);
  if (!service)
    return (
      <Problem
        text={`${doctor.name} no longer offers this service online, so it cannot be moved here. Contact the practice, or cancel it.`}
        back={back}
      />
    );
  const from = dateInZone(new Date(), doctor.practice.timeZone);

  return (
    <div className="grid max-w-3xl gap-6">
      <div className="grid gap-2">
        <p className="text-sm">
          <Link href={back} className="text-primary underline underline-offset-4">
            Back to the appointment
          </Link>
        </p>
        <h1 className="text-3xl font-semibold">Choose a new time</h1>
        <p className="text-muted-foreground">
          Now: {describeAppointment(appointment)}. Your appointment stays as it is until you confirm
          a new time.
        </p>
      </div>
      <ReschedulePicker
        appointmentId={appointment.id}
        doctorId={doctor.id}
        doctorName={doctor.name}
        service={{ id: service.id, name: service.name, durationMinutes: service.durationMinutes }}
        practiceTimeZone={doctor.practice.timeZone}
        from={from}
        to={addDays(from, DAYS_AHEAD)}
        currentStartsAt={appointment.startsAt.toISOString()}
      />
    </div>
  );
}

function Problem({ text, back }: { text: string; back: string }) {
  return (
    <div className="grid max-w-2xl gap-4">
      <h1 className="text-3xl font-semibold">This appointment cannot be moved</h1>
      <p className="text-muted-foreground">{text}</p>
      <div>
        <Button asChild>
          <Link href={back}>Back to the appointment</Link>
        </Button>
      </div>
    </div>
  );
}
