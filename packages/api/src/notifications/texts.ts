import { translator, type TextsOf } from "../i18n/text";
import type { Locale } from "../locales";

/**
 * The titles and bodies of in-app notifications (the bell), per language. Written in the
 * recipient's language when the notification is created (`notify` picks it). A subject or reason
 * someone typed is shown as they wrote it; never clinical detail.
 */
const en = {
  // Appointments ({when} is formatted in the reader's language)
  "booked.title": "Booked: {service} with {doctor}",
  "booked.body": "{when}",
  "newBooking.title": "New booking: {service}",
  "newBookingFromWaitlist.title": "New booking from the waitlist: {service}",
  "newBooking.body": "{patient} — {when}",
  "cancelled.title": "Cancelled: {service}",
  "cancelled.body": "{when}",
  "rescheduled.title": "Moved: {service}",
  "rescheduled.body": "{patient} — now {when}",
  "reminder.title": "Reminder: {service} with {doctor}",
  "reminder.body": "{when}",
  "waitlistOffer.title": "A time opened up with {doctor}",
  "waitlistOffer.body": "{when} — held for you for {minutes} minutes",

  // Provider verification
  "verificationApproved.title": "Your profile is verified",
  "verificationApproved.body": "Patients can now find and book you.",
  "verificationRejected.title": "Your profile needs changes",

  // Health record (never what was written)
  "recordDiagnosis.title": "New entry in your health record",
  "recordDiagnosis.body": "A diagnosis was added.",
  "recordPrescription.title": "New prescription",
  "recordLabResult.title": "New lab result",
  "recordNote.title": "Your doctor wrote a visit note",
  "breakGlass.title": "Emergency access to your record",
  "breakGlass.body": "{actor} ({role}) opened your health record in an emergency. Reason: {reason}",
  "breakGlassAdmin.title": "Break-glass access",
  "breakGlassAdmin.body": "{actor} opened a patient's record: {reason}",

  // Messages (the sender and the subject, never the text)
  "message.title": "New message from {sender}",

  // Billing
  "invoice.title": "New invoice {number}",

  // Support
  "supportReplied.title": "Support replied: {ref}",
  "supportClosed.title": "Support closed the request: {ref}",
  "supportReopened.title": "Support reopened the request: {ref}",
  "supportOpened.title": "New support request: {ref}",
  "supportRequesterReplied.title": "The requester replied: {ref}",
  "supportAssigned.title": "Support request assigned to you: {ref}",
} as const;

export type NotificationTexts = TextsOf<typeof en>;

const es: NotificationTexts = {
  "booked.title": "Cita reservada: {service} con {doctor}",
  "booked.body": "{when}",
  "newBooking.title": "Nueva reserva: {service}",
  "newBookingFromWaitlist.title": "Nueva reserva desde la lista de espera: {service}",
  "newBooking.body": "{patient} — {when}",
  "cancelled.title": "Cita cancelada: {service}",
  "cancelled.body": "{when}",
  "rescheduled.title": "Cita cambiada: {service}",
  "rescheduled.body": "{patient} — ahora el {when}",
  "reminder.title": "Recordatorio: {service} con {doctor}",
  "reminder.body": "{when}",
  "waitlistOffer.title": "Hay un horario disponible con {doctor}",
  "waitlistOffer.body": "{when} — se lo reservamos durante {minutes} minutos",

  "verificationApproved.title": "Su perfil está verificado",
  "verificationApproved.body": "Ahora los pacientes pueden encontrarle y reservar citas con usted.",
  "verificationRejected.title": "Su perfil necesita cambios",

  "recordDiagnosis.title": "Nueva entrada en su historia clínica",
  "recordDiagnosis.body": "Se añadió un diagnóstico.",
  "recordPrescription.title": "Nueva receta",
  "recordLabResult.title": "Nuevo resultado de laboratorio",
  "recordNote.title": "Su médico escribió una nota de la consulta",
  "breakGlass.title": "Acceso de emergencia a su historia clínica",
  "breakGlass.body":
    "{actor} ({role}) abrió su historia clínica en una emergencia. Motivo: {reason}",
  "breakGlassAdmin.title": "Acceso de emergencia",
  "breakGlassAdmin.body": "{actor} abrió la historia clínica de un paciente: {reason}",

  "message.title": "Nuevo mensaje de {sender}",

  "invoice.title": "Nueva factura {number}",

  "supportReplied.title": "El soporte respondió: {ref}",
  "supportClosed.title": "El soporte cerró la solicitud: {ref}",
  "supportReopened.title": "El soporte reabrió la solicitud: {ref}",
  "supportOpened.title": "Nueva solicitud de soporte: {ref}",
  "supportRequesterReplied.title": "El solicitante respondió: {ref}",
  "supportAssigned.title": "Se le asignó una solicitud de soporte: {ref}",
};

export const notificationTexts = { en, es } satisfies Record<Locale, NotificationTexts>;

/** The notification texts in one language: `notificationText(locale)("message.title", { sender })`. */
export const notificationText = translator(notificationTexts);
