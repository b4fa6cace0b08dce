import { and, asc, desc, eq, inArray } from "drizzle-orm";
import { z } from "zod";

import { appointments, services, users, waitlistEntries } from "@resq/db/schema";

import { lockDoctorSchedule } from "../../appointments/booking";
import { appointmentDetails, calendarEvent, emailSummary } from "../../appointments/details";
import { appointmentIcs } from "../../appointments/ics";
import { releaseHold } from "../../appointments/waitlist";
import { audit } from "../../audit";
import { appointmentEmails } from "../../email/templates";
import { notificationText } from "../../notifications/texts";
import { notify, notifyByEmail } from "../../notify";
import { AppError, createRouter, patientProcedure } from "../../trpc";
import { localDateSchema } from "../practice/schemas";
import { publicAppointment } from "../appointments/book";

const notFound = () =>
  new AppError("NOT_FOUND", "NOT_FOUND", "That waitlist offer does not exist.");

/** Joins a doctor's waitlist for a service between two dates; freed times are offered in order. */
const join = patientProcedure
  .input(
    z
      .object({
        doctorId: z.uuid("Unknown doctor."),
        serviceId: z.uuid("Choose a service."),
        fromDate: localDateSchema,
        toDate: localDateSchema,
      })
      .refine((v) => v.fromDate <= v.toDate, {
        path: ["toDate"],
        message: "The end date must not be before the start date.",
      })
      .refine((v) => (Date.parse(v.toDate) - Date.parse(v.fromDate)) / 86_400_000 <= 90, {
        path: ["toDate"],
        message: "Wait for at most 90 days at a time.",
      }),
  )
  .mutation(async ({ ctx, input }) => {
    const [service] = await ctx.db
      .select({ id: services.id })
      .from(services)
      .where(
        and(
          eq(services.id, input.serviceId),
          eq(services.doctorId, input.doctorId),
          eq(services.active, true),
        ),
      );
    if (!service)
      throw new AppError("NOT_FOUND", "NOT_FOUND", "That service is not offered by this doctor.");
    const [entry] = await ctx.db.transaction(async (tx) => {
      const rows = await tx
        .insert(waitlistEntries)
        .values({ ...input, patientId: ctx.caller.userId })
        .returning();
      await audit(ctx, tx, {
        action: "waitlist.joined",
        patientId: ctx.caller.userId,
        recordType: "waitlist",
        recordId: rows[0]?.id ?? null,
      });
      return rows;
    });
    return entry;
  });

/** The caller's waitlist entries, with any time currently held for them. */
const mine = patientProcedure.query(async ({ ctx }) => {
  const entries = await ctx.db
    .select({ entry: waitlistEntries, doctorName: users.name, serviceName: services.name })
    .from(waitlistEntries)
    .innerJoin(users, eq(users.id, waitlistEntries.doctorId))
    .innerJoin(services, eq(services.id, waitlistEntries.serviceId))
    .where(eq(waitlistEntries.patientId, ctx.caller.userId))
    .orderBy(desc(waitlistEntries.createdAt));
  const holds = entries.length
    ? await ctx.db
        .select()
        .from(appointments)
        .where(
          and(
            eq(appointments.status, "held"),
            inArray(
              appointments.waitlistEntryId,
              entries.map((e) => e.entry.id),
            ),
          ),
        )
        .orderBy(asc(appointments.startsAt))
    : [];
  return entries.map(({ entry, doctorName, serviceName }) => {
    const hold = holds.find((h) => h.waitlistEntryId === entry.id);
    return {
      ...entry,
      doctorName,
      serviceName,
      offer: hold
        ? {
            appointmentId: hold.id,
            startsAt: hold.startsAt,
            endsAt: hold.endsAt,
            holdExpiresAt: hold.holdExpiresAt,
          }
        : null,
    };
  });
});

/** Leaves a waitlist (an offer held for it is released and passed on). */
const leave = patientProcedure
  .input(z.object({ id: z.uuid() }))
  .mutation(async ({ ctx, input }) => {
    const [entry] = await ctx.db
      .select()
      .from(waitlistEntries)
      .where(
        and(eq(waitlistEntries.id, input.id), eq(waitlistEntries.patientId, ctx.caller.userId)),
      );
    if (!entry) throw new AppError("NOT_FOUND", "NOT_FOUND", "That waitlist entry does not exist.");
    const [hold] = await ctx.db
      .select({ id: appointments.id })
      .from(appointments)
      .where(and(eq(appointments.waitlistEntryId, entry.id), eq(appointments.status, "held")));
    if (hold) {
      const freed = await releaseHold(ctx.db, hold.id, { reason: "declined" });
      if (freed) await ctx.jobs.offerFreedSlot(freed);
    }
    await ctx.db
      .update(waitlistEntries)
      .set({ status: "left", updatedAt: new Date() })
      .where(eq(waitlistEntries.id, entry.id));
    return { ok: true as const };
  });

/** Takes a held time: it becomes a booking (before the hold lapses). */
const accept = patientProcedure
  .input(z.object({ appointmentId: z.uuid() }))
  .mutation(async ({ ctx, input }) => {
    const now = new Date();
    const booked = await ctx.db.transaction(async (tx) => {
      const [hold] = await tx
        .select()
        .from(appointments)
        .where(
          and(
            eq(appointments.id, input.appointmentId),
            eq(appointments.patientId, ctx.caller.userId),
          ),
        )
        .for("update");
      if (!hold || hold.status !== "held") return null;
      if (hold.holdExpiresAt && hold.holdExpiresAt <= now)
        throw new AppError(
          "CONFLICT",
          "OFFER_EXPIRED",
          "This offer has lapsed and was passed on. You are still on other waitlists you joined.",
        );
      await lockDoctorSchedule(tx, hold.doctorId);
      const [row] = await tx
        .update(appointments)
        .set({ status: "booked", holdExpiresAt: null, updatedAt: now })
        .where(eq(appointments.id, hold.id))
        .returning();
      if (hold.waitlistEntryId)
        await tx
          .update(waitlistEntries)
          .set({ status: "booked", updatedAt: now })
          .where(eq(waitlistEntries.id, hold.waitlistEntryId));
      const details = await appointmentDetails(tx, hold.id);
      if (details) {
        await notifyByEmail(tx, ctx.caller.userId, "appointment.booked", (locale) =>
          appointmentEmails.booked(
            ctx.caller.email,
            emailSummary(details, ctx.appUrl, locale),
            appointmentIcs(calendarEvent(details, "patient", { locale }), ctx.appUrl),
          ),
        );
        await notify(tx, hold.doctorId, {
          kind: "appointment.booked",
          text: (locale) => {
            const summary = emailSummary(details, ctx.appUrl, locale);
            const t = notificationText(locale);
            return {
              title: t("newBookingFromWaitlist.title", { service: summary.serviceName }),
              body: t("newBooking.body", { patient: ctx.caller.name, when: summary.when }),
            };
          },
          link: `/appointments/${hold.id}`,
        });
      }
      await audit(ctx, tx, {
        action: "appointment.booked",
        patientId: ctx.caller.userId,
        recordType: "appointment",
        recordId: hold.id,
        details: { fromWaitlist: true },
      });
      return row ?? null;
    });
    if (!booked) throw notFound();
    await ctx.jobs.kickEmailDelivery();
    await ctx.jobs.scheduleReminders(booked.id, booked.startsAt);
    return publicAppointment(booked);
  });

/** Declines a held time: it is offered to the next patient waiting. */
const decline = patientProcedure
  .input(z.object({ appointmentId: z.uuid() }))
  .mutation(async ({ ctx, input }) => {
    const [hold] = await ctx.db
      .select({ id: appointments.id })
      .from(appointments)
      .where(
        and(
          eq(appointments.id, input.appointmentId),
          eq(appointments.patientId, ctx.caller.userId),
          eq(appointments.status, "held"),
        ),
      );
    if (!hold) throw notFound();
    const freed = await releaseHold(ctx.db, hold.id, { reason: "declined" });
    if (freed) await ctx.jobs.offerFreedSlot(freed);
    return { ok: true as const };
  });

export const waitlistRouter = createRouter({ join, mine, leave, accept, decline });
