import { and, eq } from "drizzle-orm";
import { z } from "zod";

import { sqlStateOf, SqlState } from "@resq/db/errors";
import { appointments } from "@resq/db/schema";

import { checkSlot, lockDoctorSchedule, nearestAlternatives } from "../../appointments/booking";
import { appointmentDetails, emailSummary } from "../../appointments/details";
import { appointmentIcs } from "../../appointments/ics";
import { calendarEvent } from "../../appointments/details";
import { audit } from "../../audit";
import type { Caller, Context } from "../../context";
import { appointmentEmails } from "../../email/templates";
import { notificationText } from "../../notifications/texts";
import { notify, notifyByEmail } from "../../notify";
import { refreshNextAvailableAfterBooking } from "../../providers/schedule";
import { AppError, patientProcedure } from "../../trpc";

export const bookInput = z.object({
  doctorId: z.uuid("Unknown doctor."),
  serviceId: z.uuid("Choose a service."),
  startsAt: z.coerce.date("Choose a time."),
  reason: z.string().trim().max(1000, "Use at most 1000 characters.").optional(),
  /** The same id on a retried request books once (the REST API's Idempotency-Key maps here). */
  clientRequestId: z.string().trim().min(8).max(100),
});

/** 409 with the nearest free times, so the patient can pick another right away. */
async function slotTaken(ctx: Context, input: z.infer<typeof bookInput>) {
  const alternatives = await nearestAlternatives(ctx.db, input, new Date());
  return new AppError(
    "CONFLICT",
    "SLOT_UNAVAILABLE",
    "That time was just taken. Please choose another.",
    {
      details: {
        alternatives: alternatives.map((slot) => ({
          startsAt: slot.startsAt.toISOString(),
          endsAt: slot.endsAt.toISOString(),
        })),
      },
    },
  );
}

/**
 * Books a free slot for the calling patient, in one transaction under the doctor's schedule lock,
 * protected by the exclusion constraint (design invariant 1). A retry with the same client
 * request id returns the first booking.
 */
export async function bookAppointment(
  ctx: Context & { caller: Caller },
  input: z.infer<typeof bookInput>,
) {
  const now = new Date();
  let result: { id: string; replayed: boolean } | { unavailable: "doctor" | "service" | "slot" };
  try {
    result = await ctx.db.transaction(async (tx) => {
      const [earlier] = await tx
        .select({ id: appointments.id })
        .from(appointments)
        .where(
          and(
            eq(appointments.patientId, ctx.caller.userId),
            eq(appointments.clientRequestId, input.clientRequestId),
          ),
        );
      if (earlier) return { id: earlier.id, replayed: true };

      await lockDoctorSchedule(tx, input.doctorId);
      const check = await checkSlot(tx, input, now);
      if (!check.ok) return { unavailable: check.reason };
      const [created] = await tx
        .insert(appointments)
        .values({
          doctorId: input.doctorId,
          patientId: ctx.caller.userId,
          serviceId: input.serviceId,
          startsAt: input.startsAt,
          endsAt: check.endsAt,
          reason: input.reason || null,
          clientRequestId: input.clientRequestId,
        })
        .returning({ id: appointments.id });
      if (!created) throw new Error("appointment not created");
      const details = await appointmentDetails(tx, created.id);
      if (details) {
        // Each side is told in their own language.
        await notifyByEmail(tx, ctx.caller.userId, "appointment.booked", (locale) =>
          appointmentEmails.booked(
            ctx.caller.email,
            emailSummary(details, ctx.appUrl, locale),
            appointmentIcs(calendarEvent(details, "patient", { locale }), ctx.appUrl),
          ),
        );
        await notify(tx, ctx.caller.userId, {
          kind: "appointment.booked",
          text: (locale) => {
            const summary = emailSummary(details, ctx.appUrl, locale);
            const t = notificationText(locale);
            return {
              title: t("booked.title", {
                service: summary.serviceName,
                doctor: summary.doctorName,
              }),
              body: t("booked.body", { when: summary.when }),
            };
          },
          link: `/appointments/${created.id}`,
        });
        await notify(tx, input.doctorId, {
          kind: "appointment.booked",
          text: (locale) => {
            const summary = emailSummary(details, ctx.appUrl, locale);
            const t = notificationText(locale);
            return {
              title: t("newBooking.title", { service: summary.serviceName }),
              body: t("newBooking.body", { patient: ctx.caller.name, when: summary.when }),
            };
          },
          link: `/appointments/${created.id}`,
        });
      }
      await audit(ctx, tx, {
        action: "appointment.booked",
        patientId: ctx.caller.userId,
        recordType: "appointment",
        recordId: created.id,
        details: { doctorId: input.doctorId },
      });
      return { id: created.id, replayed: false };
    });
  } catch (error) {
    // Another request took an overlapping time between our check and insert (the constraint's 409).
    if (sqlStateOf(error) === SqlState.exclusionViolation) throw await slotTaken(ctx, input);
    throw error;
  }

  if ("unavailable" in result) {
    if (result.unavailable === "doctor")
      throw new AppError("NOT_FOUND", "NOT_FOUND", "This doctor cannot be booked.");
    if (result.unavailable === "service")
      throw new AppError("NOT_FOUND", "NOT_FOUND", "That service is not offered by this doctor.");
    throw await slotTaken(ctx, input);
  }
  if (!result.replayed) {
    await ctx.jobs.kickEmailDelivery();
    await ctx.jobs.scheduleReminders(result.id, input.startsAt);
    await refreshNextAvailableAfterBooking(ctx.db, input.doctorId, input.startsAt);
  }
  const [appointment] = await ctx.db
    .select()
    .from(appointments)
    .where(eq(appointments.id, result.id));
  if (!appointment) throw new Error("appointment vanished");
  return { appointment, replayed: result.replayed };
}

export const book = patientProcedure.input(bookInput).mutation(async ({ ctx, input }) => {
  const { appointment } = await bookAppointment(ctx, input);
  return publicAppointment(appointment);
});

/** What clients see of an appointment (the REST shape of design.md, plus what the pages need). */
export function publicAppointment(appointment: typeof appointments.$inferSelect) {
  return {
    id: appointment.id,
    doctorId: appointment.doctorId,
    patientId: appointment.patientId,
    serviceId: appointment.serviceId,
    startsAt: appointment.startsAt,
    endsAt: appointment.endsAt,
    status: appointment.status,
    reason: appointment.reason,
    lateCancellation: appointment.lateCancellation,
    feeMinor: appointment.feeMinor,
    cancellationReason: appointment.cancellationReason,
  };
}
