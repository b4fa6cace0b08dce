import { and, eq, gte, sql, type SQL } from "drizzle-orm";

import { doctorProfiles, practices, users } from "@resq/db/schema";

/**
 * Who appears in the directory and can be booked: verified, with a practice, an active account and
 * a licence that has not expired. Expired licences drop out until renewed (and re-verified).
 */
export function listedDoctorCondition(today = new Date().toISOString().slice(0, 10)): SQL {
  return and(
    eq(doctorProfiles.verificationStatus, "verified"),
    eq(users.status, "active"),
    gte(doctorProfiles.licenceExpiresOn, today),
    sql`${practices.doctorId} is not null`,
  ) as SQL;
}
