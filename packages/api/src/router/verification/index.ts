import { and, asc, count, eq } from "drizzle-orm";
import { z } from "zod";

import { specialtyLabel } from "@resq/db/reference";
import { doctorProfiles, practices, users } from "@resq/db/schema";

import { audit } from "../../audit";
import { notify, notifyByEmail } from "../../notify";
import { providerEmails } from "../../email/templates";
import { notificationText } from "../../notifications/texts";
import { refreshNextAvailable } from "../../providers/schedule";
import { AppError, adminProcedure, createRouter } from "../../trpc";

const statusSchema = z.enum(["pending", "verified", "rejected", "draft"]);

/** The verification queue: doctors waiting for review, oldest submission first. */
const queue = adminProcedure
  .input(
    z.object({
      status: statusSchema.default("pending"),
      page: z.number().int().min(1).max(10_000).default(1),
      pageSize: z.number().int().min(1).max(100).default(20),
    }),
  )
  .query(async ({ ctx, input }) => {
    const where = eq(doctorProfiles.verificationStatus, input.status);
    const [total] = await ctx.db.select({ n: count() }).from(doctorProfiles).where(where);
    const rows = await ctx.db
      .select({
        doctorId: doctorProfiles.userId,
        name: doctorProfiles.displayName,
        email: users.email,
        specialty: doctorProfiles.specialty,
        yearsOfPractice: doctorProfiles.yearsOfPractice,
        licenceNumber: doctorProfiles.licenceNumber,
        licenceAuthority: doctorProfiles.licenceAuthority,
        licenceExpiresOn: doctorProfiles.licenceExpiresOn,
        education: doctorProfiles.education,
        practiceName: practices.name,
        city: practices.city,
        submittedAt: doctorProfiles.submittedAt,
        decidedAt: doctorProfiles.verificationDecidedAt,
        note: doctorProfiles.verificationNote,
      })
      .from(doctorProfiles)
      .innerJoin(users, eq(users.id, doctorProfiles.userId))
      .leftJoin(practices, eq(practices.doctorId, doctorProfiles.userId))
      .where(where)
      .orderBy(asc(doctorProfiles.submittedAt), asc(doctorProfiles.createdAt))
      .limit(input.pageSize)
      .offset((input.page - 1) * input.pageSize);
    return {
      items: rows.map((row) => ({
        ...row,
        specialtyLabel: row.specialty ? specialtyLabel(row.specialty) : null,
      })),
      page: input.page,
      pageSize: input.pageSize,
      total: total?.n ?? 0,
    };
  });

const decisionInput = z.discriminatedUnion("decision", [
  z.object({
    doctorId: z.uuid(),
    decision: z.literal("approve"),
    reason: z.string().trim().max(1000).optional(),
  }),
  z.object({
    doctorId: z.uuid(),
    decision: z.literal("reject"),
    reason: z
      .string()
      .trim()
      .min(10, "Tell the doctor what to change (at least 10 characters).")
      .max(1000),
  }),
]);

/** Approves or rejects a pending doctor; the doctor is emailed; audited with the reason. */
const decide = adminProcedure.input(decisionInput).mutation(async ({ ctx, input }) => {
  const approved = input.decision === "approve";
  const outcome = await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .select({ status: doctorProfiles.verificationStatus, email: users.email, name: users.name })
      .from(doctorProfiles)
      .innerJoin(users, eq(users.id, doctorProfiles.userId))
      .where(eq(doctorProfiles.userId, input.doctorId))
      .for("update");
    if (!row) return "missing" as const;
    if (row.status !== "pending") return "not-pending" as const;
    await tx
      .update(doctorProfiles)
      .set({
        verificationStatus: approved ? "verified" : "rejected",
        verificationDecidedAt: new Date(),
        verificationDecidedBy: ctx.caller.userId,
        verificationNote: approved ? null : (input.reason ?? null),
      })
      .where(and(eq(doctorProfiles.userId, input.doctorId)));
    await notifyByEmail(tx, input.doctorId, "verification.result", (locale) =>
      providerEmails.verificationDecided(
        locale,
        row.email,
        row.name,
        approved,
        input.reason ?? null,
        ctx.appUrl,
      ),
    );
    await notify(tx, input.doctorId, {
      kind: "verification.result",
      text: (locale) => {
        const t = notificationText(locale);
        return approved
          ? { title: t("verificationApproved.title"), body: t("verificationApproved.body") }
          : { title: t("verificationRejected.title"), body: input.reason };
      },
      link: approved ? "/doctor" : "/doctor/onboarding",
    });
    await audit(ctx, tx, {
      action: approved ? "admin.doctor_verified" : "admin.doctor_rejected",
      subjectUserId: input.doctorId,
      details: { reason: input.reason ?? null },
    });
    return "done" as const;
  });
  if (outcome === "missing")
    throw new AppError("NOT_FOUND", "NOT_FOUND", "That doctor does not exist.");
  if (outcome === "not-pending")
    throw new AppError("CONFLICT", "NOT_PENDING", "This doctor is not waiting for review.");
  if (approved) await refreshNextAvailable(ctx.db, [input.doctorId]);
  await ctx.jobs.kickEmailDelivery();
  return { status: approved ? ("verified" as const) : ("rejected" as const) };
});

export const verificationRouter = createRouter({ queue, decide });
