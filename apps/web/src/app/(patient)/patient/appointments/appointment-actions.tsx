import Link from "next/link";

import { Button } from "@resq/ui/button";

import { AddToCalendar } from "~/components/appointments/add-to-calendar";

import { CancelAppointment } from "./cancel-appointment";

/** What a patient can do with an upcoming booked appointment. */
export function AppointmentActions({
  appointmentId,
  description,
}: {
  appointmentId: string;
  description: string;
}) {
  return (
    <div className="flex flex-wrap gap-2">
      <Button asChild variant="outline" size="sm">
        <Link href={`/patient/appointments/${appointmentId}/reschedule`}>
          Reschedule<span className="sr-only">: {description}</span>
        </Link>
      </Button>
      <CancelAppointment appointmentId={appointmentId} description={description} />
      <AddToCalendar appointmentId={appointmentId} />
    </div>
  );
}

/** "Check-up with Dr Chen on 2026-03-02 09:30 (Europe/Paris)": names an appointment for screen readers. */
export function describeAppointment(appointment: {
  serviceName: string | null;
  doctorName: string;
  startsAt: Date;
  timeZone: string | null;
}): string {
  const zone = appointment.timeZone ?? "UTC";
  const when = new Intl.DateTimeFormat("en-US", {
    timeZone: zone,
    dateStyle: "full",
    timeStyle: "short",
  }).format(appointment.startsAt);
  return `${appointment.serviceName ?? "Appointment"} with ${appointment.doctorName}, ${when} (${zone})`;
}

/** True when the patient may still cancel or move it. */
export function isChangeable(appointment: { status: string; startsAt: Date }, now: Date): boolean {
  return appointment.status === "booked" && appointment.startsAt > now;
}
