/**
 * The message catalogue: one JSON file per area and language, under ./messages. English is the
 * reference; Spanish must have exactly the same keys (the type below and catalogue.test.ts check it).
 * To add a string: add it to messages/en/<area>.json and messages/es/<area>.json, then use
 * `useTranslations("<area>")` (client) or `await getTranslations("<area>")` (server).
 */
import type { Locale } from "@resq/api/locales";

import enCommon from "./messages/en/common.json";
import enPublic from "./messages/en/public.json";
import enAuth from "./messages/en/auth.json";
import enAccount from "./messages/en/account.json";
import enMessaging from "./messages/en/messaging.json";
import enAdmin from "./messages/en/admin.json";
import enDoctor from "./messages/en/doctor.json";
import enPatient from "./messages/en/patient.json";
import enAppointments from "./messages/en/appointments.json";
import enBilling from "./messages/en/billing.json";
import enRecords from "./messages/en/records.json";
import enProfile from "./messages/en/profile.json";
import enSupport from "./messages/en/support.json";
import esCommon from "./messages/es/common.json";
import esPublic from "./messages/es/public.json";
import esAuth from "./messages/es/auth.json";
import esAccount from "./messages/es/account.json";
import esMessaging from "./messages/es/messaging.json";
import esAdmin from "./messages/es/admin.json";
import esDoctor from "./messages/es/doctor.json";
import esPatient from "./messages/es/patient.json";
import esAppointments from "./messages/es/appointments.json";
import esBilling from "./messages/es/billing.json";
import esRecords from "./messages/es/records.json";
import esProfile from "./messages/es/profile.json";
import esSupport from "./messages/es/support.json";

const en = {
  common: enCommon,
  public: enPublic,
  auth: enAuth,
  account: enAccount,
  messaging: enMessaging,
  admin: enAdmin,
  doctor: enDoctor,
  patient: enPatient,
  appointments: enAppointments,
  billing: enBilling,
  records: enRecords,
  support: enSupport,
  profile: enProfile,
};

/** Every message of the app, by area; the shape English has. */
export type Messages = typeof en;

// Typed as Messages: a key English has and Spanish lacks fails the typecheck.
const es: Messages = {
  common: esCommon,
  public: esPublic,
  auth: esAuth,
  account: esAccount,
  messaging: esMessaging,
  admin: esAdmin,
  doctor: esDoctor,
  patient: esPatient,
  appointments: esAppointments,
  billing: esBilling,
  records: esRecords,
  support: esSupport,
  profile: esProfile,
};

export const catalogues: Record<Locale, Messages> = { en, es };
