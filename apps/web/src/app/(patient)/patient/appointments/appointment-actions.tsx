import Link from "next/link";
import { useTranslations, type createTranslator, type Messages } from "next-intl";

import { Button } from "@resq/ui/button";

import { AddToCalendar } from "~/components/appointments/add-to-calendar";

import { CancelAppointment } from "./cancel-appointment";

/** The translator of the "appointments" area (from useTranslations or getTranslations). */
export type AppointmentsT = ReturnType<typeof createTranslator<Messages, "appointments">>;

/** What a patient can do with an upcoming booked appointment. */
export function AppointmentActions({
  appointmentId,
  description,
}: {
  appointmentId: string;
  description: string;
}) {
  const t = useTranslations("appointments.actions");
  return (
    <div className="flex flex-wrap gap-2">
      <Button asChild variant="outline" size="sm">
        <Link href={`/patient/appointments/${appointmentId}/reschedule`}>
          {t("reschedule")}
          <span className="sr-only">: {description}</span>
        </Link>
      </Button>
      <CancelAppointment appointmentId={appointmentId} description={description} />
      <AddToCalendar appointmentId={appointmentId} />
    </div>
  );
}

/** "Check-up with Dr Chen, Monday, March 2, 2026 at 9:30 AM (Europe/Paris)": names an appointment for screen readers. */
export function describeAppointment(
  appointment: {
    serviceName: string | null;
    doctorName: string;
    startsAt: Date;
    timeZone: string | null;
  },
  t: AppointmentsT,
  locale: string,
): string {
  const zone = appointment.timeZone ?? "UTC";
  const when = new Intl.DateTimeFormat(locale, {
    timeZone: zone,
    dateStyle: "full",
    timeStyle: "short",
  }).format(appointment.startsAt);
  return t("describe", {
    service: appointment.serviceName ?? t("appointment"),
    doctor: appointment.doctorName,
    when,
    zone,
  });
}

/** True when the patient may still cancel or move it. */
export function isChangeable(appointment: { status: string; startsAt: Date }, now: Date): boolean {
  return appointment.status === "booked" && appointment.startsAt > now;
}
