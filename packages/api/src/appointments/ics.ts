import { createEvent, createEvents, type EventAttributes } from "ics";

/** What a calendar event may say: no clinical detail unless the user asked for it. */
export interface CalendarAppointment {
  id: string;
  startsAt: Date;
  endsAt: Date;
  status: string;
  title: string;
  location: string | null;
  /** Only when the user chose to include details (e.g. the reason for the visit). */
  description?: string | null;
}

function toEvent(appointment: CalendarAppointment, appUrl: string): EventAttributes {
  return {
    uid: `${appointment.id}@resq`,
    start: appointment.startsAt.getTime(),
    end: appointment.endsAt.getTime(),
    startInputType: "utc",
    startOutputType: "utc",
    endInputType: "utc",
    endOutputType: "utc",
    title: appointment.title,
    location: appointment.location ?? undefined,
    description: appointment.description ?? undefined,
    url: `${appUrl}/appointments/${appointment.id}`,
    status: appointment.status === "cancelled" ? "CANCELLED" : "CONFIRMED",
    productId: "resq/appointments",
  };
}

/** One appointment as an .ics file (the "add to calendar" download and the email attachment). */
export function appointmentIcs(appointment: CalendarAppointment, appUrl: string): string {
  const { error, value } = createEvent(toEvent(appointment, appUrl));
  if (error || !value) throw new Error("could not build the calendar event");
  return value;
}

/** A whole calendar (the subscription feed). */
export function calendarIcs(appointments: CalendarAppointment[], appUrl: string): string {
  if (appointments.length === 0) {
    return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:resq/appointments\r\nCALSCALE:GREGORIAN\r\nEND:VCALENDAR\r\n";
  }
  const { error, value } = createEvents(appointments.map((a) => toEvent(a, appUrl)));
  if (error || !value) throw new Error("could not build the calendar");
  return value;
}
