import postgres from "postgres";

import { accessTokenKey, signAccessToken } from "@resq/auth/access-token";
import { parseKey } from "@resq/auth/encryption";
import { issueRefreshToken } from "@resq/auth/refresh-token";
import { openDatabase } from "@resq/db/client";
import { specialtyBySlug } from "@resq/db/reference";

/** A patient the bench acts as: a bearer token and one of their conversations. */
export interface BenchPatient {
  id: string;
  token: string;
  conversationId: string;
}

export interface Fixtures {
  today: string;
  slotsFrom: string;
  slotsTo: string;
  searches: { word: string; specialty: string; city: string }[];
  doctors: { id: string; serviceId: string }[];
  patients: BenchPatient[];
}

const isoDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * What the scenarios need from the database: popular specialty + city pairs (searched with the
 * word patients use, e.g. "cardiologist"), listed doctors, and patients with a conversation, each
 * signed in as an API client would be (a refresh-token family in the database and a signed access
 * token: no password hashing in the measured path or before it).
 */
export async function loadFixtures(
  url: string,
  encryptionKey: string,
  counts = { doctors: 200, patients: 300 },
): Promise<Fixtures> {
  const sql = postgres(url, { max: 2, onnotice: () => undefined });
  const handle = await openDatabase({ kind: "postgres", url, maxConnections: 2 });
  try {
    const now = Date.now();
    const today = isoDate(now);
    const combos = await sql<{ specialty: string; city: string }[]>`
      select dp.specialty, p.city from doctor_profiles dp join practices p on p.doctor_id = dp.user_id
      where dp.verification_status = 'verified' and dp.specialty is not null
      group by 1, 2 order by count(*) desc, 1, 2 limit 60`;
    const searches = combos.map((combo) => {
      const practitioner = specialtyBySlug(combo.specialty)?.practitioner ?? combo.specialty;
      return { ...combo, word: practitioner.split(" ")[0] ?? practitioner };
    });
    const doctors = await sql<{ id: string; serviceId: string }[]>`
      select dp.user_id as id, (select s.id from services s where s.doctor_id = dp.user_id and s.active
        order by s.duration_minutes limit 1) as "serviceId"
      from doctor_profiles dp join practices p on p.doctor_id = dp.user_id
      where dp.verification_status = 'verified' and dp.licence_expires_on >= ${today}::date
      order by md5(dp.user_id::text) limit ${counts.doctors}`;
    const rows = await sql<{ id: string; conversationId: string }[]>`
      select distinct on (c.patient_id) c.patient_id as id, c.id as "conversationId"
      from conversations c join users u on u.id = c.patient_id
      where u.status = 'active' and u.email_verified_at is not null
      order by c.patient_id, c.last_message_at desc limit ${counts.patients}`;
    const key = accessTokenKey(parseKey(encryptionKey));
    const patients: BenchPatient[] = [];
    for (const row of rows) {
      const { familyId } = await issueRefreshToken(handle.db, row.id);
      const token = await signAccessToken(key, { userId: row.id, role: "patient", familyId });
      patients.push({ ...row, token });
    }
    if (!searches.length || !doctors.length || !patients.length) {
      throw new Error(
        "The bench database holds no doctors or patients: seed it first (pnpm db:seed --scale …).",
      );
    }
    return {
      today,
      slotsFrom: isoDate(now + 86_400_000),
      slotsTo: isoDate(now + 14 * 86_400_000),
      searches,
      doctors,
      patients,
    };
  } finally {
    await sql.end();
    await handle.close();
  }
}

/** Round-robin over a list: each call returns the next element. */
export function cycle<T>(items: readonly T[]): () => T {
  let i = 0;
  return () => items[i++ % items.length] as T;
}
