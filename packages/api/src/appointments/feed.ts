import { and, eq, gte, inArray, or } from "drizzle-orm";

import { hashToken } from "@resq/auth/tokens";
import type { Database } from "@resq/db/client";
import { appointments, calendarFeeds, practices, services, users } from "@resq/db/schema";

import { commonText } from "../i18n/common";
import { asLocale } from "../i18n/recipient";
import { calendarIcs, type CalendarAppointment } from "./ics";

/**
 * The iCalendar feed behind a subscription URL: the owner's appointments from 30 days ago on, as
 * patient or doctor, in the owner's language. Events name who and where, never the reason unless
 * the owner chose details.
 * Returns null for an unknown or revoked token.
 */
export async function calendarFeedFor(
  db: Database,
  token: string,
  appUrl: string,
): Promise<string | null> {
  if (!/^[a-z2-7]{30,60}$/.test(token)) return null;
  const [feed] = await db
    .select({
      userId: calendarFeeds.userId,
      includeDetails: calendarFeeds.includeDetails,
      role: users.role,
      locale: users.locale,
    })
    .from(calendarFeeds)
    .innerJoin(users, eq(users.id, calendarFeeds.userId))
    .where(and(eq(calendarFeeds.tokenHash, hashToken(token)), eq(users.status, "active")));
  if (!feed) return null;
  const since = new Date(Date.now() - 30 * 86_400_000);
  const rows = await db
    .select({
      appointment: appointments,
      serviceName: services.name,
      practiceName: practices.name,
      city: practices.city,
      addressLine: practices.addressLine,
    })
    .from(appointments)
    .leftJoin(services, eq(services.id, appointments.serviceId))
    .leftJoin(practices, eq(practices.doctorId, appointments.doctorId))
    .where(
      and(
        or(eq(appointments.patientId, feed.userId), eq(appointments.doctorId, feed.userId)),
        inArray(appointments.status, ["booked", "completed", "cancelled"]),
        gte(appointments.startsAt, since),
      ),
    );
  const names = new Map(
    (
      await db
        .select({ id: users.id, name: users.name })
        .from(users)
        .where(
          inArray(
            users.id,
            [
              ...new Set(rows.flatMap((r) => [r.appointment.doctorId, r.appointment.patientId])),
            ].concat(feed.userId),
          ),
        )
    ).map((u) => [u.id, u.name]),
  );
  const t = commonText(asLocale(feed.locale));
  const events: CalendarAppointment[] = rows.map(
    ({ appointment, serviceName, practiceName, city, addressLine }) => {
      const asDoctor = appointment.doctorId === feed.userId;
      const other = names.get(asDoctor ? appointment.patientId : appointment.doctorId) ?? "";
      return {
        id: appointment.id,
        startsAt: appointment.startsAt,
        endsAt: appointment.endsAt,
        status: appointment.status,
        title: asDoctor
          ? t("calendar.doctorTitleWithPatient", {
              service: serviceName ?? t("appointment"),
              patient: other,
            })
          : t("calendar.patientTitle", { service: serviceName ?? t("appointment"), doctor: other }),
        location: [practiceName, addressLine, city].filter(Boolean).join(", ") || null,
        description: feed.includeDetails ? appointment.reason : null,
      };
    },
  );
  return calendarIcs(events, appUrl);
}
