import { and, count, desc, eq, gt, ilike, isNotNull, isNull, or, sql, type SQL } from "drizzle-orm";
import { z } from "zod";

import { auditEvents, doctorProfiles, patientProfiles, sessions, users } from "@resq/db/schema";

import { audit } from "../../audit";
import { AppError, adminProcedure } from "../../trpc";
import { userSearchInput } from "./schemas";

const mfaEnabled = sql<boolean>`exists (select 1 from totp_credentials t where t.user_id = ${users.id} and t.confirmed_at is not null)`;

/** What the list and the detail both show of an account. */
const accountColumns = {
  id: users.id,
  name: users.name,
  email: users.email,
  role: users.role,
  status: users.status,
  emailVerified: sql<boolean>`${users.emailVerifiedAt} is not null`,
  mfaEnabled,
  createdAt: users.createdAt,
};

/** `%` and `_` typed by the admin match themselves, not any text. */
const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

function userFilters(input: z.infer<typeof userSearchInput>): SQL | undefined {
  const conditions: (SQL | undefined)[] = [];
  if (input.q) {
    const pattern = likePattern(input.q);
    conditions.push(or(ilike(users.name, pattern), ilike(users.email, pattern)));
  }
  if (input.role) conditions.push(eq(users.role, input.role));
  if (input.status) conditions.push(eq(users.status, input.status));
  if (input.emailVerified !== undefined)
    conditions.push(
      input.emailVerified ? isNotNull(users.emailVerifiedAt) : isNull(users.emailVerifiedAt),
    );
  if (input.mfaEnabled !== undefined)
    conditions.push(input.mfaEnabled ? mfaEnabled : sql`not ${mfaEnabled}`);
  return and(...conditions);
}

/** Users by name or email, role, status, verified email and MFA; newest first, a page at a time. */
export const userList = adminProcedure.input(userSearchInput).query(async ({ ctx, input }) => {
  const where = userFilters(input);
  const [total] = await ctx.db.select({ n: count() }).from(users).where(where);
  const items = await ctx.db
    .select(accountColumns)
    .from(users)
    .where(where)
    .orderBy(desc(users.createdAt), users.id)
    .limit(input.pageSize)
    .offset((input.page - 1) * input.pageSize);
  return { items, page: input.page, pageSize: input.pageSize, total: total?.n ?? 0 };
});

/** One user with their profile, open sessions and the latest audit events about them. Audited. */
export const user = adminProcedure
  .input(z.object({ userId: z.uuid("Unknown user.") }))
  .query(async ({ ctx, input }) => {
    const [row] = await ctx.db
      .select({
        ...accountColumns,
        emailVerifiedAt: users.emailVerifiedAt,
        invitationPending: sql<boolean>`${users.passwordHash} is null`,
        updatedAt: users.updatedAt,
        phone: patientProfiles.phone,
        addressLine: patientProfiles.addressLine,
        city: patientProfiles.city,
        postalCode: patientProfiles.postalCode,
        country: patientProfiles.country,
        dateOfBirth: patientProfiles.dateOfBirth,
        doctorVerification: doctorProfiles.verificationStatus,
      })
      .from(users)
      .leftJoin(patientProfiles, eq(patientProfiles.userId, users.id))
      .leftJoin(doctorProfiles, eq(doctorProfiles.userId, users.id))
      .where(eq(users.id, input.userId));
    if (!row) throw new AppError("NOT_FOUND", "NOT_FOUND", "That user does not exist.");
    const [open] = await ctx.db
      .select({ n: count() })
      .from(sessions)
      .where(and(eq(sessions.userId, row.id), gt(sessions.expiresAt, new Date())));
    const history = await ctx.db
      .select({
        seq: auditEvents.seq,
        occurredAt: auditEvents.occurredAt,
        action: auditEvents.action,
        outcome: auditEvents.outcome,
        details: auditEvents.details,
      })
      .from(auditEvents)
      .where(eq(auditEvents.subjectUserId, row.id))
      .orderBy(desc(auditEvents.seq))
      .limit(10);
    await audit(ctx, ctx.db, { action: "admin.user_viewed", subjectUserId: row.id });
    return { ...row, openSessions: open?.n ?? 0, history };
  });
