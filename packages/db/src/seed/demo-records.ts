import { and, eq } from "drizzle-orm";

import type { Database } from "../client";
import {
  allergies,
  appointments,
  encounters,
  immunizations,
  labResults,
  prescriptions,
  problems,
  services,
  users,
} from "../schema";

const daysAgo = (now: Date, days: number) => new Date(now.getTime() - days * 86_400_000);
const dateDaysAgo = (now: Date, days: number) => daysAgo(now, days).toISOString().slice(0, 10);

/**
 * Realistic records for the demo patients (design.md): visits, a chronic problem, active
 * prescriptions, a lab panel with one abnormal value, an allergy and immunizations. Treatment note
 * bodies are encrypted with the deployment's key, so the demo starts without notes; doctors write them.
 */
export async function seedDemoRecords(
  tx: Database,
  ids: { patient: string; patient2: string; cardiologist: string; familyDoctor: string },
  now: Date,
): Promise<void> {
  const [visit] = await tx
    .select({ id: appointments.id, startsAt: appointments.startsAt })
    .from(appointments)
    .where(
      and(eq(appointments.patientId, ids.patient), eq(appointments.doctorId, ids.cardiologist)),
    );
  await tx.insert(encounters).values({
    patientId: ids.patient,
    doctorId: ids.cardiologist,
    appointmentId: visit?.id ?? null,
    occurredAt: visit?.startsAt ?? daysAgo(now, 14),
    title: "Cardiology consultation",
  });
  await tx.insert(problems).values([
    {
      patientId: ids.patient,
      recordedById: ids.cardiologist,
      icd10Code: "I10",
      description: "Essential (primary) hypertension",
      onsetDate: "2023-05-10",
      recordedAt: daysAgo(now, 14),
    },
    {
      patientId: ids.patient,
      recordedById: ids.cardiologist,
      icd10Code: "E78.5",
      description: "High cholesterol (hyperlipidemia)",
      onsetDate: "2024-01-22",
      recordedAt: daysAgo(now, 14),
    },
  ]);
  await tx.insert(prescriptions).values([
    {
      patientId: ids.patient,
      prescriberId: ids.cardiologist,
      medication: "Amlodipine",
      dose: "5 mg",
      route: "oral",
      frequency: "once daily",
      durationDays: 90,
      refills: 3,
      prescribedAt: daysAgo(now, 14),
    },
    {
      patientId: ids.patient,
      prescriberId: ids.cardiologist,
      medication: "Atorvastatin",
      dose: "20 mg",
      route: "oral",
      frequency: "once daily at night",
      durationDays: 90,
      refills: 3,
      prescribedAt: daysAgo(now, 14),
    },
  ]);
  const collected = daysAgo(now, 16);
  const reported = daysAgo(now, 15);
  const lipid = (
    testName: string,
    code: string,
    value: number,
    low: number | null,
    high: number | null,
  ) => ({
    patientId: ids.patient,
    recordedById: ids.cardiologist,
    testName,
    code,
    valueNumeric: value.toString(),
    unit: "mmol/L",
    referenceLow: low?.toString() ?? null,
    referenceHigh: high?.toString() ?? null,
    abnormal: (low !== null && value < low) || (high !== null && value > high),
    collectedAt: collected,
    reportedAt: reported,
  });
  await tx
    .insert(labResults)
    .values([
      lipid("Total cholesterol", "2093-3", 5.9, null, 5.2),
      lipid("LDL cholesterol", "13457-7", 4.1, null, 3.0),
      lipid("HDL cholesterol", "2085-9", 1.3, 1.0, null),
      lipid("Triglycerides", "2571-8", 1.6, null, 1.7),
    ]);
  await tx.insert(allergies).values({
    patientId: ids.patient,
    recordedById: ids.cardiologist,
    substance: "Penicillin",
    reaction: "Hives and itching",
    severity: "moderate",
    recordedAt: daysAgo(now, 14),
  });
  await tx.insert(immunizations).values([
    {
      patientId: ids.patient,
      recordedById: ids.cardiologist,
      vaccine: "Influenza, seasonal",
      administeredOn: dateDaysAgo(now, 40),
      lot: "FL2611A",
    },
    {
      patientId: ids.patient,
      recordedById: ids.cardiologist,
      vaccine: "Tetanus, diphtheria (Td)",
      administeredOn: "2021-06-15",
      lot: "TD0921",
    },
  ]);

  // The second demo patient sees a family doctor (not doctor2, who has no relationship with either).
  const [service] = await tx
    .select({ id: services.id })
    .from(services)
    .where(eq(services.doctorId, ids.familyDoctor))
    .limit(1);
  const startsAt = new Date(daysAgo(now, 30).setUTCHours(15, 0, 0, 0));
  const [appointment] = await tx
    .insert(appointments)
    .values({
      doctorId: ids.familyDoctor,
      patientId: ids.patient2,
      serviceId: service?.id ?? null,
      startsAt,
      endsAt: new Date(startsAt.getTime() + 30 * 60_000),
      status: "completed",
      reason: "Wheezing at night",
    })
    .returning({ id: appointments.id });
  await tx.insert(encounters).values({
    patientId: ids.patient2,
    doctorId: ids.familyDoctor,
    appointmentId: appointment?.id ?? null,
    occurredAt: startsAt,
    title: "Family medicine visit",
  });
  await tx.insert(problems).values({
    patientId: ids.patient2,
    recordedById: ids.familyDoctor,
    icd10Code: "J45.909",
    description: "Asthma, unspecified",
    onsetDate: "2015-09-01",
    recordedAt: startsAt,
  });
  await tx.insert(prescriptions).values({
    patientId: ids.patient2,
    prescriberId: ids.familyDoctor,
    medication: "Salbutamol inhaler",
    dose: "100 micrograms, 2 puffs",
    route: "inhaled",
    frequency: "when needed, up to 4 times a day",
    refills: 2,
    prescribedAt: startsAt,
  });
  await tx.insert(labResults).values({
    patientId: ids.patient2,
    recordedById: ids.familyDoctor,
    testName: "Hemoglobin",
    code: "718-7",
    valueNumeric: "14.1",
    unit: "g/dL",
    referenceLow: "12",
    referenceHigh: "17.5",
    abnormal: false,
    collectedAt: startsAt,
    reportedAt: startsAt,
  });
  await tx.insert(allergies).values({
    patientId: ids.patient2,
    recordedById: ids.familyDoctor,
    substance: "Peanuts",
    reaction: "Swelling of lips and throat",
    severity: "severe",
  });
  await tx.insert(immunizations).values({
    patientId: ids.patient2,
    recordedById: ids.familyDoctor,
    vaccine: "COVID-19 mRNA, updated",
    administeredOn: dateDaysAgo(now, 60),
    lot: "CV2625",
  });
}

export async function userIdByEmail(tx: Database, email: string): Promise<string | undefined> {
  return (await tx.select({ id: users.id }).from(users).where(eq(users.email, email)))[0]?.id;
}
