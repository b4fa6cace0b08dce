import { sql } from "drizzle-orm";

import type { Database } from "../client";
import type { SpecialtySlug } from "../reference/specialties";
import { doctorProfiles, patientProfiles, systemSettings, users, type UserRole } from "../schema";
import { DEMO_PASSWORD_HASH } from "./demo-password";

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

    for (const doctor of [...namedDoctors, ...directoryDoctors()]) {
      const id = await insertUser(doctor.email, doctor.name, "doctor");
      if (!id) continue;
      await tx.insert(doctorProfiles).values({
        userId: id,
        displayName: doctor.name,
        specialty: doctor.specialty,
        languages: doctor.languages,
        yearsOfPractice: doctor.yearsOfPractice,
        bio: doctor.bio,
        licenceNumber: `LIC-${String(1000 + created).padStart(6, "0")}`,
        licenceAuthority: "New York State Education Department",
        licenceExpiresOn: `${now.getUTCFullYear() + 3}-12-31`,
        verificationStatus: doctor.status,
        verificationDecidedAt: doctor.status === "verified" ? now : null,
      });
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
