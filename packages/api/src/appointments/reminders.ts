import { eq } from "drizzle-orm";

import type { Database } from "@resq/db/client";
import { appointmentReminders, users } from "@resq/db/schema";

import { appointmentEmails } from "../email/templates";
import { asLocale } from "../i18n/recipient";
import { notificationText } from "../notifications/texts";
import { notify, notifyByEmail } from "../notify";
import { appointmentDetails, emailSummary } from "./details";

export interface ReminderJob {
  appointmentId: string;
  hoursBefore: number;
  /** The start the reminder was scheduled for: a moved appointment's old reminders do nothing. */
  startsAt: string;
}

/**
 * Sends one reminder if it still applies: the appointment is booked and still at the time the
 * reminder was made for. The "sent" row and the email are written together, so a job that runs
 * twice sends once. Returns whether an email was queued.
 */
export async function sendAppointmentReminder(
  db: Database,
  job: ReminderJob,
  appUrl: string,
): Promise<boolean> {
  return db.transaction(async (tx) => {
    const details = await appointmentDetails(tx, job.appointmentId);
    if (!details) return false;
    const { appointment } = details;
    if (appointment.status !== "booked" || appointment.startsAt.toISOString() !== job.startsAt)
      return false;
    const claimed = await tx
      .insert(appointmentReminders)
      .values({ appointmentId: appointment.id, kind: `${job.hoursBefore}h` })
      .onConflictDoNothing()
      .returning({ id: appointmentReminders.appointmentId });
    if (claimed.length === 0) return false;
    const [patient] = await tx
      .select({ email: users.email, locale: users.locale })
      .from(users)
      .where(eq(users.id, appointment.patientId));
    if (!patient) return false;
    // In the patient's language, and the date in it.
    const locale = asLocale(patient.locale);
    const summary = emailSummary(details, appUrl, locale);
    const t = notificationText(locale);
    await notifyByEmail(
      tx,
      appointment.patientId,
      "appointment.reminder",
      appointmentEmails.reminder(patient.email, summary, job.hoursBefore),
    );
    await notify(tx, appointment.patientId, {
      kind: "appointment.reminder",
      title: t("reminder.title", { service: summary.serviceName, doctor: summary.doctorName }),
      body: t("reminder.body", { when: summary.when }),
      link: `/appointments/${appointment.id}`,
    });
    return true;
  });
}
