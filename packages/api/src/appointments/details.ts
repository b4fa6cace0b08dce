import { eq } from "drizzle-orm";

import type { Database } from "@resq/db/client";
import { appointments, practices, services, users } from "@resq/db/schema";

import type { AppointmentSummary } from "../email/templates";
import { commonText } from "../i18n/common";
import { formatDateTime } from "../i18n/format";
import { DEFAULT_LOCALE, type Locale } from "../locales";
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

/** When, where and with whom, in one reader's language (emails and notifications are built from it). */
export function emailSummary(
  details: AppointmentDetails,
  appUrl: string,
  locale: Locale,
): AppointmentSummary {
  const zone = details.timeZone ?? "UTC";
  return {
    locale,
    doctorName: details.doctorName,
    serviceName: details.serviceName ?? commonText(locale)("appointment"),
    when: formatDateTime(locale, details.appointment.startsAt, zone),
    place: [details.practiceName, details.addressLine, details.city].filter(Boolean).join(", "),
    link: `${appUrl}/appointments/${details.appointment.id}`,
  };
}

/** The calendar view of an appointment: who and where, no clinical detail. */
export function calendarEvent(
  details: AppointmentDetails,
  forRole: "patient" | "doctor",
  { locale = DEFAULT_LOCALE, patientName }: { locale?: Locale; patientName?: string } = {},
): CalendarAppointment {
  const t = commonText(locale);
  const service = details.serviceName ?? t("appointment");
  const title =
    forRole === "patient"
      ? t("calendar.patientTitle", { service, doctor: details.doctorName })
      : patientName
        ? t("calendar.doctorTitleWithPatient", { service, patient: patientName })
        : t("calendar.doctorTitle", { service });
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
