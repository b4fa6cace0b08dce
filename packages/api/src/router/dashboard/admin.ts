import { and, count, eq, gte, lt, ne } from "drizzle-orm";

import {
  appointments,
  doctorProfiles,
  emailOutbox,
  supportTickets,
  users,
  type UserRole,
} from "@resq/db/schema";

import { roleProcedure } from "../../trpc";

/** The start of the UTC day of a moment, and of the next one. */
export function utcDay(now: Date): { from: Date; to: Date } {
  const from = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  return { from, to: new Date(from.getTime() + 86_400_000) };
}

/**
 * The platform's key figures for the admin dashboard: counts only, never a person's data, so not
 * audited (like analytics). "Today" is the UTC day: admins work across every practice's zone.
 * Bookings today = appointments made today that are not mere holds.
 */
export const admin = roleProcedure("admin").query(async ({ ctx }) => {
  const today = utcDay(new Date());
  const [byRole, [verification], [support], [bookings], [failedEmails]] = await Promise.all([
    ctx.db
      .select({ role: users.role, n: count() })
      .from(users)
      .where(ne(users.status, "deleted"))
      .groupBy(users.role),
    ctx.db
      .select({ n: count() })
      .from(doctorProfiles)
      .where(eq(doctorProfiles.verificationStatus, "pending")),
    ctx.db.select({ n: count() }).from(supportTickets).where(eq(supportTickets.status, "open")),
    ctx.db
      .select({ n: count() })
      .from(appointments)
      .where(
        and(
          gte(appointments.createdAt, today.from),
          lt(appointments.createdAt, today.to),
          ne(appointments.status, "held"),
        ),
      ),
    ctx.db.select({ n: count() }).from(emailOutbox).where(eq(emailOutbox.status, "failed")),
  ]);
  const usersByRole: Record<UserRole, number> = { patient: 0, doctor: 0, admin: 0 };
  for (const row of byRole) usersByRole[row.role] = row.n;
  return {
    usersByRole,
    doctorsAwaitingVerification: verification?.n ?? 0,
    openSupportRequests: support?.n ?? 0,
    bookingsToday: bookings?.n ?? 0,
    failedEmails: failedEmails?.n ?? 0,
  };
});
