import { sql } from "drizzle-orm";

import type { Database } from "../client";
import { searchDocumentFor } from "../reference/search-document";
import { SPECIALTIES, type SpecialtySlug } from "../reference/specialties";
import {
  appointments,
  availabilityRules,
  doctorProfiles,
  patientProfiles,
  practices,
  services,
  systemSettings,
  users,
  type UserRole,
} from "../schema";
import { seedDemoInvoice } from "./demo-billing";
import { DEMO_PASSWORD_HASH } from "./demo-password";
import { seedDemoRecords, userIdByEmail } from "./demo-records";

interface DemoDoctor {
  email: string;
  name: string;
  specialty: SpecialtySlug;
  languages: string[];
  yearsOfPractice: number;
  bio: string;
  status: "verified" | "pending";
}

/** The named demo accounts of design.md. Later features extend the seed with their own data. */
const namedDoctors: DemoDoctor[] = [
  {
    email: "doctor@resq.test",
    name: "Dr. Maya Chen",
    specialty: "cardiology",
    languages: ["en", "zh"],
    yearsOfPractice: 14,
    bio: "Cardiologist focused on preventive heart care, blood pressure and rhythm disorders.",
    status: "verified",
  },
  {
    email: "doctor2@resq.test",
    name: "Dr. Lucas Moreau",
    specialty: "dermatology",
    languages: ["en", "fr"],
    yearsOfPractice: 9,
    bio: "Dermatologist treating acne, eczema and psoriasis, with skin cancer screening.",
    status: "verified",
  },
  {
    email: "pending@resq.test",
    name: "Dr. Priya Raman",
    specialty: "family-medicine",
    languages: ["en", "ta"],
    yearsOfPractice: 3,
    bio: "Family physician awaiting verification.",
    status: "pending",
  },
];

const firstNames = [
  "Amara",
  "Ben",
  "Carmen",
  "David",
  "Elif",
  "Farid",
  "Grace",
  "Hiro",
  "Isabel",
  "Jonas",
  "Kofi",
  "Lena",
  "Mateo",
  "Nadia",
  "Omar",
  "Paula",
  "Quinn",
  "Rosa",
  "Samuel",
  "Tara",
  "Umar",
  "Vera",
];
const lastNames = [
  "Okafor",
  "Schmidt",
  "García",
  "Kowalski",
  "Yılmaz",
  "Haddad",
  "Lee",
  "Tanaka",
  "Rossi",
  "Berg",
  "Mensah",
  "Novak",
  "Silva",
  "Petrova",
  "Aziz",
  "Duarte",
  "Murphy",
  "Lopez",
  "Cohen",
  "Singh",
  "Khan",
  "Ivanova",
];
const extraSpecialties: SpecialtySlug[] = [
  "family-medicine",
  "pediatrics",
  "neurology",
  "orthopedics",
  "psychiatry",
  "obstetrics-gynecology",
  "endocrinology",
  "gastroenterology",
  "ophthalmology",
  "pulmonology",
  "cardiology",
  "dermatology",
];
const languageSets = [
  ["en"],
  ["en", "es"],
  ["en", "de"],
  ["en", "fr"],
  ["en", "ar"],
  ["en", "pt"],
  ["es"],
  ["en", "hi"],
];

/** 22 more verified doctors across 12 specialties, the same every time. */
function directoryDoctors(): DemoDoctor[] {
  return firstNames.map((first, i) => {
    const last = lastNames[i] ?? "Doe";
    const specialty = extraSpecialties[i % extraSpecialties.length] ?? "family-medicine";
    return {
      email: `${first.toLowerCase()}.${i + 1}@doctors.resq.test`,
      name: `Dr. ${first} ${last}`,
      specialty,
      languages: languageSets[i % languageSets.length] ?? ["en"],
      yearsOfPractice: 4 + ((i * 7) % 25),
      bio: `Board-certified physician with ${4 + ((i * 7) % 25)} years of practice.`,
      status: "verified",
    };
  });
}

/** Where the demo doctors practise: real cities in several time zones. */
const locations = [
  {
    city: "New York",
    timeZone: "America/New_York",
    street: "120 Park Avenue",
    postalCode: "10017",
  },
  { city: "Boston", timeZone: "America/New_York", street: "45 Beacon Street", postalCode: "02108" },
  { city: "Chicago", timeZone: "America/Chicago", street: "233 Wacker Drive", postalCode: "60606" },
  { city: "Denver", timeZone: "America/Denver", street: "1600 Broadway", postalCode: "80202" },
  {
    city: "Los Angeles",
    timeZone: "America/Los_Angeles",
    street: "350 Grand Avenue",
    postalCode: "90071",
  },
  { city: "Miami", timeZone: "America/New_York", street: "80 SW 8th Street", postalCode: "33130" },
  {
    city: "Seattle",
    timeZone: "America/Los_Angeles",
    street: "400 Pine Street",
    postalCode: "98101",
  },
];

/** A doctor's standard visits, priced in cents. */
function demoServices(specialty: SpecialtySlug) {
  const label = SPECIALTIES.find((s) => s.slug === specialty)?.label ?? "Medical";
  return [
    {
      name: "Consultation",
      description: `${label} consultation: history, examination and a plan.`,
      durationMinutes: 30,
      priceMinor: 15000,
    },
    {
      name: "Follow-up visit",
      description: "A shorter visit to review progress or results.",
      durationMinutes: 20,
      priceMinor: 9000,
    },
    {
      name: "Extended assessment",
      description: "A longer first visit for complex problems.",
      durationMinutes: 60,
      priceMinor: 26000,
    },
  ];
}

const namedPatients = [
  { email: "patient@resq.test", name: "Alex Rivera", dateOfBirth: "1986-04-12", city: "New York" },
  { email: "patient2@resq.test", name: "Sam Okoye", dateOfBirth: "1992-09-30", city: "Boston" },
];

export const DEMO_ACCOUNTS = {
  admin: "admin@resq.test",
  patient: "patient@resq.test",
  patient2: "patient2@resq.test",
  doctor: "doctor@resq.test",
  doctor2: "doctor2@resq.test",
  pendingDoctor: "pending@resq.test",
} as const;

/**
 * Seeds design.md's demo data set. Idempotent: accounts that exist are left as they are. One
 * transaction, so a failed seed leaves nothing behind.
 */
export async function seedDemoData(db: Database, now = new Date()): Promise<{ created: number }> {
  return db.transaction(async (tx) => {
    let created = 0;
    const insertUser = async (email: string, name: string, role: UserRole) => {
      const [row] = await tx
        .insert(users)
        .values({ email, name, role, passwordHash: DEMO_PASSWORD_HASH, emailVerifiedAt: now })
        .onConflictDoNothing()
        .returning({ id: users.id });
      if (row) created++;
      return row?.id;
    };

    await insertUser(DEMO_ACCOUNTS.admin, "Ada Admin", "admin");

    for (const patient of namedPatients) {
      const id = await insertUser(patient.email, patient.name, "patient");
      if (id) {
        await tx.insert(patientProfiles).values({
          userId: id,
          dateOfBirth: patient.dateOfBirth,
          city: patient.city,
          country: "US",
          timeZone: "America/New_York",
        });
      }
    }

    const doctorIds = new Map<string, string>();
    const allDoctors = [...namedDoctors, ...directoryDoctors()];
    for (const [index, doctor] of allDoctors.entries()) {
      const id = await insertUser(doctor.email, doctor.name, "doctor");
      if (!id) continue;
      doctorIds.set(doctor.email, id);
      // The named cardiologist practises in New York (design.md); the others spread over the cities.
      const location = locations[index % locations.length] ?? locations[0]!;
      await tx.insert(doctorProfiles).values({
        userId: id,
        displayName: doctor.name,
        specialty: doctor.specialty,
        languages: doctor.languages,
        yearsOfPractice: doctor.yearsOfPractice,
        bio: doctor.bio,
        education: "MD, residency and board certification in the specialty",
        licenceNumber: `LIC-${String(1000 + created).padStart(6, "0")}`,
        licenceAuthority: "State Medical Board",
        licenceExpiresOn: `${now.getUTCFullYear() + 3}-12-31`,
        acceptingNewPatients: index % 5 !== 4,
        verificationStatus: doctor.status,
        submittedAt: now,
        verificationDecidedAt: doctor.status === "verified" ? now : null,
        onboardingSteps: ["availability", "booking", "licence", "practice", "profile", "services"],
        searchDocument: searchDocumentFor({
          displayName: doctor.name,
          specialty: doctor.specialty,
          subSpecialties: [],
          city: location.city,
        }),
      });
      await tx.insert(practices).values({
        doctorId: id,
        name: `${doctor.name.replace(/^Dr\. /, "")} ${SPECIALTIES.find((s) => s.slug === doctor.specialty)?.label ?? ""} Practice`.trim(),
        addressLine: location.street,
        city: location.city,
        postalCode: location.postalCode,
        country: "US",
        phone: `+1 555 01${String(index).padStart(2, "0")}`,
        timeZone: location.timeZone,
      });
      await tx
        .insert(services)
        .values(demoServices(doctor.specialty).map((service) => ({ ...service, doctorId: id })));
      // Mon–Fri 09:00–17:00 in the practice's zone (design.md), some with a lunch break.
      const withLunch = index % 3 === 1;
      for (let weekday = 1; weekday <= 5; weekday++) {
        await tx.insert(availabilityRules).values(
          withLunch
            ? [
                { doctorId: id, weekday, startTime: "09:00", endTime: "12:30" },
                { doctorId: id, weekday, startTime: "13:30", endTime: "17:00" },
              ]
            : [{ doctorId: id, weekday, startTime: "09:00", endTime: "17:00" }],
        );
      }
    }

    // design.md: the demo cardiologist has a past appointment with patient@resq.test.
    const cardiologist = doctorIds.get(DEMO_ACCOUNTS.doctor);
    const [patient] = await tx
      .select({ id: users.id })
      .from(users)
      .where(sql`${users.email} = ${DEMO_ACCOUNTS.patient}`);
    if (cardiologist && patient) {
      const [consultation] = await tx
        .select({ id: services.id })
        .from(services)
        .where(sql`${services.doctorId} = ${cardiologist} and ${services.durationMinutes} = 30`);
      const startsAt = pastWeekdayAt(now, 14, 10); // about two weeks ago, 10:00 New York time
      const [visit] = await tx
        .insert(appointments)
        .values({
          doctorId: cardiologist,
          patientId: patient.id,
          serviceId: consultation?.id ?? null,
          startsAt,
          endsAt: new Date(startsAt.getTime() + 30 * 60_000),
          status: "completed",
          reason: "Occasional palpitations and a check of blood pressure",
        })
        .returning();
      // Billing: the completed visit has an open invoice the patient can pay.
      if (visit) await seedDemoInvoice(tx, { ...visit, appointmentId: visit.id }, now);
    }

    // Records only on a fresh seed (the past visit above was just created with them).
    const patient2 = await userIdByEmail(tx, DEMO_ACCOUNTS.patient2);
    const familyDoctor = doctorIds.get("amara.1@doctors.resq.test");
    if (cardiologist && patient && patient2 && familyDoctor) {
      await seedDemoRecords(tx, { patient: patient.id, patient2, cardiologist, familyDoctor }, now);
    }

    // The demo accounts have no authenticator app, so the demo switches "MFA required" off.
    // A database seeded without the demo data keeps the secure default (required for doctors and admins).
    await tx
      .insert(systemSettings)
      .values({ key: "security.mfaRequiredRoles", value: sql`'[]'::jsonb` })
      .onConflictDoNothing();

    return { created };
  });
}

/** A weekday about `daysAgo` days before `now`, at `hour`:00 New York time (UTC−5/−4 → ~UTC 14–15). */
function pastWeekdayAt(now: Date, daysAgo: number, hour: number): Date {
  const day = new Date(now.getTime() - daysAgo * 86_400_000);
  while (day.getUTCDay() === 0 || day.getUTCDay() === 6) day.setUTCDate(day.getUTCDate() - 1);
  day.setUTCHours(hour + 5, 0, 0, 0);
  return day;
}
