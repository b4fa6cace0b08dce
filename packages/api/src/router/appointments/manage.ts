import { and, asc, desc, eq, gte, lt, or } from "drizzle-orm";
import { z } from "zod";

import { appointments, doctorProfiles, practices, services, users } from "@resq/db/schema";

import { checkSlot, lockDoctorSchedule, nearestAlternatives } from "../../appointments/booking";
import { appointmentDetails, calendarEvent, emailSummary } from "../../appointments/details";
import { appointmentIcs } from "../../appointments/ics";
import { cancellationTerms } from "../../appointments/terms";
import { audit } from "../../audit";
import { invoiceAppointment } from "../../billing/invoices";
import type { Caller, Context } from "../../context";
import { appointmentEmails } from "../../email/templates";
import { localeOf } from "../../i18n/recipient";
import { notificationText } from "../../notifications/texts";
import { notify, notifyByEmail } from "../../notify";
import { refreshNextAvailable } from "../../providers/schedule";
import { AppError, createRouter, patientProcedure, roleProcedure } from "../../trpc";
import { book, publicAppointment } from "./book";
import { markOutcome, schedule } from "./doctor";

const notFound = () => new AppError("NOT_FOUND", "NOT_FOUND", "That appointment does not exist.");
const idInput = z.object({ id: z.uuid("Unknown appointment.") });

/** The appointment if the caller is its patient or its doctor; otherwise nothing (404, not 403). */
async function ownAppointment(ctx: Context & { caller: Caller }, id: string) {
  const [row] = await ctx.db
    .select()
    .from(appointments)
    .where(
      and(
        eq(appointments.id, id),
        or(
          eq(appointments.patientId, ctx.caller.userId),
          eq(appointments.doctorId, ctx.caller.userId),
        ),
      ),
    );
  return row ?? null;
}

/** The caller's own appointments (as patient or as doctor), upcoming first or past newest first. */
const mine = roleProcedure("patient", "doctor")
  .input(
    z
      .object({
        scope: z.enum(["upcoming", "past", "all"]).default("upcoming"),
        page: z.number().int().min(1).max(1000).default(1),
        pageSize: z.number().int().min(1).max(100).default(20),
      })
      .default({ scope: "upcoming", page: 1, pageSize: 20 }),
  )
  .query(async ({ ctx, input }) => {
    const now = new Date();
    const own =
      ctx.caller.role === "patient"
        ? eq(appointments.patientId, ctx.caller.userId)
        : eq(appointments.doctorId, ctx.caller.userId);
    const when =
      input.scope === "upcoming"
        ? gte(appointments.endsAt, now)
        : input.scope === "past"
          ? lt(appointments.endsAt, now)
          : undefined;
    const counterpart =
      ctx.caller.role === "patient" ? appointments.doctorId : appointments.patientId;
    const rows = await ctx.db
      .select({
        appointment: appointments,
        otherName: users.name,
        serviceName: services.name,
        timeZone: practices.timeZone,
        practiceName: practices.name,
        city: practices.city,
      })
      .from(appointments)
      .innerJoin(users, eq(users.id, counterpart))
      .leftJoin(services, eq(services.id, appointments.serviceId))
      .leftJoin(practices, eq(practices.doctorId, appointments.doctorId))
      .where(and(own, when))
      .orderBy(
        input.scope === "upcoming" ? asc(appointments.startsAt) : desc(appointments.startsAt),
      )
      .limit(input.pageSize)
      .offset((input.page - 1) * input.pageSize);
    return rows.map((row) => ({
      ...publicAppointment(row.appointment),
      doctorName: ctx.caller.role === "patient" ? row.otherName : ctx.caller.name,
      patientName: ctx.caller.role === "doctor" ? row.otherName : ctx.caller.name,
      serviceName: row.serviceName,
      timeZone: row.timeZone,
      place: [row.practiceName, row.city].filter(Boolean).join(", "),
    }));
  });

/** One appointment of the caller's (404 for anyone else's). Audited: it carries the visit reason. */
const get = roleProcedure("patient", "doctor")
  .input(idInput)
  .query(async ({ ctx, input }) => {
    const own = await ownAppointment(ctx, input.id);
    if (!own) throw notFound();
    const details = await appointmentDetails(ctx.db, own.id);
    const [patient] = await ctx.db
      .select({ name: users.name })
      .from(users)
      .where(eq(users.id, own.patientId));
    await audit(ctx, ctx.db, {
      action: "appointment.read",
      patientId: own.patientId,
      recordType: "appointment",
      recordId: own.id,
    });
    return {
      ...publicAppointment(own),
      doctorName: details?.doctorName ?? "",
      patientName: patient?.name ?? "",
      serviceName: details?.serviceName ?? null,
      timeZone: details?.timeZone ?? "UTC",
      place: [details?.practiceName, details?.addressLine, details?.city]
        .filter(Boolean)
        .join(", "),
    };
  });

/** What cancelling now would mean: whether it is late under the doctor's policy, and the fee. */
const cancellationPreview = patientProcedure.input(idInput).query(async ({ ctx, input }) => {
  const own = await ownAppointment(ctx, input.id);
  if (!own || own.patientId !== ctx.caller.userId) throw notFound();
  const [policy] = await ctx.db
    .select({
      windowHours: doctorProfiles.cancellationWindowHours,
      lateFeeMinor: doctorProfiles.lateCancellationFeeMinor,
    })
    .from(doctorProfiles)
    .where(eq(doctorProfiles.userId, own.doctorId));
  const [service] = own.serviceId
    ? await ctx.db
        .select({ currency: services.currency })
        .from(services)
        .where(eq(services.id, own.serviceId))
    : [];
  return {
    ...cancellationTerms({
      startsAt: own.startsAt,
      now: new Date(),
      windowHours: policy?.windowHours ?? 24,
      lateFeeMinor: policy?.lateFeeMinor ?? 0,
    }),
    currency: service?.currency ?? "USD",
  };
});

/**
 * Cancels an upcoming appointment. A patient inside the doctor's cancellation window is marked
 * late with the policy's fee (billing charges it); a doctor must give a reason, and the patient is
 * told and invited to rebook. The freed time becomes bookable at once.
 */
export async function cancelAppointment(
  ctx: Context & { caller: Caller },
  id: string,
  reason: string | undefined,
) {
  const now = new Date();
  const cancelled = await ctx.db.transaction(async (tx) => {
    const [own] = await tx
      .select()
      .from(appointments)
      .where(
        and(
          eq(appointments.id, id),
          or(
            eq(appointments.patientId, ctx.caller.userId),
            eq(appointments.doctorId, ctx.caller.userId),
          ),
        ),
      )
      .for("update");
    if (!own) return null;
    if (own.status !== "booked")
      throw new AppError(
        "CONFLICT",
        "NOT_CANCELLABLE",
        "Only a booked appointment can be cancelled.",
      );
    if (own.startsAt <= now)
      throw new AppError("CONFLICT", "NOT_CANCELLABLE", "This appointment has already started.");
    const byDoctor = ctx.caller.userId === own.doctorId;
    if (byDoctor && !reason)
      throw new AppError("BAD_REQUEST", "REASON_REQUIRED", "Tell the patient why.", {
        fields: { reason: "Tell the patient why." },
      });
    const [policy] = await tx
      .select({
        windowHours: doctorProfiles.cancellationWindowHours,
        lateFeeMinor: doctorProfiles.lateCancellationFeeMinor,
      })
      .from(doctorProfiles)
      .where(eq(doctorProfiles.userId, own.doctorId));
    const terms = byDoctor
      ? { late: false, feeMinor: 0 }
      : cancellationTerms({
          startsAt: own.startsAt,
          now,
          windowHours: policy?.windowHours ?? 24,
          lateFeeMinor: policy?.lateFeeMinor ?? 0,
        });
    const [updated] = await tx
      .update(appointments)
      .set({
        status: "cancelled",
        cancelledAt: now,
        cancelledBy: ctx.caller.userId,
        cancellationReason: reason || null,
        lateCancellation: terms.late,
        feeMinor: terms.late ? terms.feeMinor : null,
        updatedAt: now,
      })
      .where(eq(appointments.id, own.id))
      .returning();
    // Billing: a late cancellation carries the policy's fee.
    if (updated && terms.late) await invoiceAppointment(ctx, tx, updated, "late_cancellation");
    const details = await appointmentDetails(tx, own.id);
    if (details) {
      const [patient] = await tx
        .select({ email: users.email })
        .from(users)
        .where(eq(users.id, own.patientId));
      if (patient)
        await notifyByEmail(tx, own.patientId, "appointment.cancelled", (locale) =>
          appointmentEmails.cancelled(
            patient.email,
            emailSummary(details, ctx.appUrl, locale),
            byDoctor,
            reason ?? null,
          ),
        );
      await notify(tx, byDoctor ? own.patientId : own.doctorId, {
        kind: "appointment.cancelled",
        text: (locale) => {
          const summary = emailSummary(details, ctx.appUrl, locale);
          const t = notificationText(locale);
          return {
            title: t("cancelled.title", { service: summary.serviceName }),
            body: t("cancelled.body", { when: summary.when }),
          };
        },
        link: `/appointments/${own.id}`,
      });
    }
    await audit(ctx, tx, {
      action: "appointment.cancelled",
      patientId: own.patientId,
      recordType: "appointment",
      recordId: own.id,
      details: { byDoctor, late: terms.late },
    });
    return updated ?? null;
  });
  if (!cancelled) throw notFound();
  await ctx.jobs.kickEmailDelivery();
  await ctx.jobs.offerFreedSlot({ doctorId: cancelled.doctorId, startsAt: cancelled.startsAt });
  await refreshNextAvailable(ctx.db, [cancelled.doctorId]);
  return publicAppointment(cancelled);
}

const cancel = roleProcedure("patient", "doctor")
  .input(
    idInput.extend({
      reason: z.string().trim().max(500, "Use at most 500 characters.").optional(),
    }),
  )
  .mutation(({ ctx, input }) => cancelAppointment(ctx, input.id, input.reason));

/**
 * Moves an appointment to another free time in one transaction: the new time is taken and the old
 * one freed together, so if anything fails the original stays as it was.
 */
const reschedule = patientProcedure
  .input(
    idInput.extend({ startsAt: z.coerce.date("Choose a time."), serviceId: z.uuid().optional() }),
  )
  .mutation(async ({ ctx, input }) => {
    const now = new Date();
    const moved = await ctx.db.transaction(async (tx) => {
      const [own] = await tx
        .select()
        .from(appointments)
        .where(and(eq(appointments.id, input.id), eq(appointments.patientId, ctx.caller.userId)))
        .for("update");
      if (!own) return null;
      if (own.status !== "booked" || own.startsAt <= now)
        throw new AppError(
          "CONFLICT",
          "NOT_MOVABLE",
          "Only an upcoming booked appointment can be moved.",
        );
      const serviceId = input.serviceId ?? own.serviceId;
      if (!serviceId)
        throw new AppError("BAD_REQUEST", "SERVICE_REQUIRED", "Choose a service.", {
          fields: { serviceId: "Choose a service." },
        });
      await lockDoctorSchedule(tx, own.doctorId);
      const check = await checkSlot(
        tx,
        { doctorId: own.doctorId, serviceId, startsAt: input.startsAt },
        now,
        own.id,
      );
      if (!check.ok) {
        const alternatives = await nearestAlternatives(
          tx,
          { doctorId: own.doctorId, serviceId, startsAt: input.startsAt },
          now,
        );
        throw new AppError(
          "CONFLICT",
          "SLOT_UNAVAILABLE",
          "That time is not free. Your appointment is unchanged.",
          {
            details: {
              alternatives: alternatives.map((s) => ({
                startsAt: s.startsAt.toISOString(),
                endsAt: s.endsAt.toISOString(),
              })),
            },
          },
        );
      }
      // Free the old time first (the constraint ignores cancelled rows), then take the new one.
      await tx
        .update(appointments)
        .set({
          status: "cancelled",
          cancelledAt: now,
          cancelledBy: ctx.caller.userId,
          cancellationReason: "Rescheduled",
          updatedAt: now,
        })
        .where(eq(appointments.id, own.id));
      const [created] = await tx
        .insert(appointments)
        .values({
          doctorId: own.doctorId,
          patientId: own.patientId,
          serviceId,
          startsAt: input.startsAt,
          endsAt: check.endsAt,
          reason: own.reason,
        })
        .returning();
      if (!created) throw new Error("appointment not created");
      await tx
        .update(appointments)
        .set({ rescheduledToId: created.id })
        .where(eq(appointments.id, own.id));
      const details = await appointmentDetails(tx, created.id);
      if (details) {
        await notifyByEmail(tx, ctx.caller.userId, "appointment.rescheduled", (locale) =>
          appointmentEmails.rescheduled(
            ctx.caller.email,
            emailSummary(details, ctx.appUrl, locale),
            appointmentIcs(calendarEvent(details, "patient", { locale }), ctx.appUrl),
          ),
        );
        await notify(tx, own.doctorId, {
          kind: "appointment.rescheduled",
          text: (locale) => {
            const summary = emailSummary(details, ctx.appUrl, locale);
            const t = notificationText(locale);
            return {
              title: t("rescheduled.title", { service: summary.serviceName }),
              body: t("rescheduled.body", { patient: ctx.caller.name, when: summary.when }),
            };
          },
          link: `/appointments/${created.id}`,
        });
      }
      await audit(ctx, tx, {
        action: "appointment.rescheduled",
        patientId: own.patientId,
        recordType: "appointment",
        recordId: created.id,
        details: { from: own.id },
      });
      return { ...created, previousStartsAt: own.startsAt };
    });
    if (!moved) throw notFound();
    await ctx.jobs.kickEmailDelivery();
    await ctx.jobs.scheduleReminders(moved.id, moved.startsAt);
    await ctx.jobs.offerFreedSlot({ doctorId: moved.doctorId, startsAt: moved.previousStartsAt });
    await refreshNextAvailable(ctx.db, [moved.doctorId]);
    return publicAppointment(moved);
  });

/** "Add to calendar": the appointment as an .ics file (no clinical detail). */
const ics = roleProcedure("patient", "doctor")
  .input(idInput)
  .query(async ({ ctx, input }) => {
    const own = await ownAppointment(ctx, input.id);
    if (!own) throw notFound();
    const details = await appointmentDetails(ctx.db, own.id);
    if (!details) throw notFound();
    return {
      filename: "appointment.ics",
      content: appointmentIcs(
        calendarEvent(details, ctx.caller.role === "doctor" ? "doctor" : "patient", {
          locale: await localeOf(ctx.db, ctx.caller.userId),
        }),
        ctx.appUrl,
      ),
    };
  });

export const appointmentsRouter = createRouter({
  book,
  mine,
  get,
  cancellationPreview,
  cancel,
  reschedule,
  ics,
  schedule,
  markOutcome,
});
