import type { UserRole } from "@resq/db/schema";

import type { Locale } from "../locales";
import { translator, type TextsOf } from "./text";

/** Words several kinds of text share: role names, an appointment's name, a calendar event's title. */
const en = {
  "role.patient": "patient",
  "role.doctor": "doctor",
  "role.admin": "admin",
  /** An appointment whose service is gone. */
  appointment: "Appointment",
  /** A calendar event (and email attachment) as the patient sees it. */
  "calendar.patientTitle": "{service} with {doctor}",
  "calendar.doctorTitle": "{service}",
  "calendar.doctorTitleWithPatient": "{service} — {patient}",
} as const;

const es: TextsOf<typeof en> = {
  "role.patient": "paciente",
  "role.doctor": "médico",
  "role.admin": "administrador",
  appointment: "Cita",
  "calendar.patientTitle": "{service} con {doctor}",
  "calendar.doctorTitle": "{service}",
  "calendar.doctorTitleWithPatient": "{service} — {patient}",
};

export const commonTexts = { en, es } satisfies Record<Locale, TextsOf<typeof en>>;
export const commonText = translator(commonTexts);

/** A role's name in a language ("doctor" / "médico"). */
export function roleName(locale: Locale, role: UserRole): string {
  return commonText(locale)(`role.${role}`);
}
