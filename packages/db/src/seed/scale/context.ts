import { SPECIALTIES } from "../../reference/specialties";
import { CITIES, type City } from "./cities";
import { uuidFor } from "./prng";
import type { ScaleSize } from "./sizes";

/** Row kinds, for reproducible ids (`uuidFor(seed, kind, index)`). */
export const KIND = {
  doctor: 1,
  patient: 2,
  service: 3,
  availabilityRule: 4,
  appointment: 5,
  encounter: 6,
  problem: 7,
  prescription: 8,
  labResult: 9,
  allergy: 10,
  immunization: 11,
  conversation: 12,
  message: 13,
  invoice: 14,
  invoiceLine: 15,
  paymentAttempt: 16,
  ledgerEntry: 17,
} as const;

/** Each doctor offers these three services (index 0–2 of the doctor's services). */
export const SERVICE_TEMPLATES = [
  { name: "Consultation", durationMinutes: 30, priceMinor: 15_000 },
  { name: "Follow-up visit", durationMinutes: 20, priceMinor: 9_000 },
  { name: "Extended assessment", durationMinutes: 60, priceMinor: 26_000 },
] as const;

export const APPOINTMENT_STATUS = ["booked", "completed", "cancelled", "no_show"] as const;
export const STATUS = { booked: 0, completed: 1, cancelled: 2, no_show: 3 } as const;

/** The appointments, planned before anything is written (records and messages refer to them). */
export interface AppointmentPlan {
  count: number;
  doctor: Int32Array;
  patient: Int32Array;
  service: Uint8Array;
  startsAt: Float64Array;
  endsAt: Float64Array;
  status: Uint8Array;
  /** Indexes of the completed ones (visits that produced records and conversations). */
  completed: Int32Array;
  /** Each doctor's soonest free slot after now (the directory's "next available"). */
  nextAvailableAt: Float64Array;
}

/** What every generator module shares: the seed, the sizes, the clock and the planned rows. */
export interface ScaleContext {
  seed: number;
  size: ScaleSize;
  now: number;
  cities: City[];
  /** Per doctor: its specialty, city and whether it takes a lunch break. */
  doctorSpecialty: Uint8Array;
  doctorCity: Uint16Array;
  doctorLunch: Uint8Array;
  plan: AppointmentPlan;
  id(kind: keyof typeof KIND, index: number): string;
}

export const EMAIL_DOMAIN = "scale.resq.test";

export function doctorEmail(index: number) {
  return `doctor${index + 1}@${EMAIL_DOMAIN}`;
}
export function patientEmail(index: number) {
  return `patient${index + 1}@${EMAIL_DOMAIN}`;
}

export function baseContext(seed: number, size: ScaleSize, now: number) {
  const doctorSpecialty = new Uint8Array(size.doctors);
  const doctorCity = new Uint16Array(size.doctors);
  const doctorLunch = new Uint8Array(size.doctors);
  const cities = CITIES.slice(0, size.cities);
  for (let d = 0; d < size.doctors; d++) {
    doctorSpecialty[d] = d % SPECIALTIES.length;
    // Every city has a doctor; beyond that, bigger cities get more (a squared skew over the list).
    const u = ((Math.imul(d + 1, 2654435761) >>> 0) % 100_000) / 100_000;
    doctorCity[d] =
      d < cities.length ? d : Math.min(cities.length - 1, Math.floor(u * u * cities.length));
    doctorLunch[d] = d % 3 === 1 ? 1 : 0;
  }
  return {
    seed,
    size,
    now,
    cities,
    doctorSpecialty,
    doctorCity,
    doctorLunch,
    id: (kind: keyof typeof KIND, index: number) => uuidFor(seed, KIND[kind], index),
  };
}
