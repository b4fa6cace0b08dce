import { eq } from "drizzle-orm";

import type { Database } from "@resq/db/client";
import { appointments, practices, services, users } from "@resq/db/schema";

import type { AppointmentSummary } from "../email/templates";
import type { CalendarAppointment } from "./ics";

/** An appointment with the names and place around it, for emails, calendars and pages. */
export async function appointmentDetails(db: Database, appointmentId: string) {
  const [row] = await db
    .select({
      appointment: appointments,
      doctorName: users.name,
      serviceName: services.name,
      practiceName: practices.name,
      addressLine: practices.addressLine,
      city: practices.city,
      timeZone: practices.timeZone,
    })
    .from(appointments)
    .innerJoin(users, eq(users.id, appointments.doctorId))
    .leftJoin(services, eq(services.id, appointments.serviceId))
    .leftJoin(practices, eq(practices.doctorId, appointments.doctorId))
    .where(eq(appointments.id, appointmentId));
  return row ?? null;
}

export type AppointmentDetails = NonNullable<Awaited<ReturnType<typeof appointmentDetails>>>;

/** "Tuesday, December 1, 2026 at 10:00 AM (America/New York)" in the practice's zone. */
export function formatWhen(startsAt: Date, timeZone: string): string {
  const text = new Intl.DateTimeFormat("en-US", {
    dateStyle: "full",
    timeStyle: "short",
    timeZone,
  }).format(startsAt);
  return `${text} (${timeZone.replace(/_/g, " ")})`;
}

export function emailSummary(details: AppointmentDetails, appUrl: string): AppointmentSummary {
  const zone = details.timeZone ?? "UTC";
  return {
    doctorName: details.doctorName,
    serviceName: details.serviceName ?? "Appointment",
    when: formatWhen(details.appointment.startsAt, zone),
    place: [details.practiceName, details.addressLine, details.city].filter(Boolean).join(", "),
    link: `${appUrl}/appointments/${details.appointment.id}`,
  };
}

/** The calendar view of an appointment: who and where, no clinical detail. */
export function calendarEvent(
  details: AppointmentDetails,
  forRole: "patient" | "doctor",
  patientName?: string,
): CalendarAppointment {
  const title =
    forRole === "patient"
      ? `${details.serviceName ?? "Appointment"} with ${details.doctorName}`
      : `${details.serviceName ?? "Appointment"}${patientName ? ` — ${patientName}` : ""}`;
  return {
    id: details.appointment.id,
    startsAt: details.appointment.startsAt,
    endsAt: details.appointment.endsAt,
    status: details.appointment.status,
    title,
    location:
      [details.practiceName, details.addressLine, details.city].filter(Boolean).join(", ") || null,
  };
}
