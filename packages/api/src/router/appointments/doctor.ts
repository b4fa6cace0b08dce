import { and, asc, eq, gte, lt } from "drizzle-orm";
import { z } from "zod";

import {
  appointments,
  doctorProfiles,
  encounters,
  practices,
  services,
  users,
} from "@resq/db/schema";

import { audit } from "../../audit";
import { invoiceAppointment } from "../../billing/invoices";
import { AppError, doctorProcedure } from "../../trpc";
import { publicAppointment } from "./book";

const notFound = () => new AppError("NOT_FOUND", "NOT_FOUND", "That appointment does not exist.");

/**
 * The doctor's schedule between two instants (a day or a week as the page chooses): each visit
 * with the patient's name and the reason they gave. One audit event per call.
 */
export const schedule = doctorProcedure
  .input(
    z
      .object({ from: z.coerce.date(), to: z.coerce.date() })
      .refine((v) => v.from < v.to && v.to.getTime() - v.from.getTime() <= 31 * 86_400_000, {
        path: ["to"],
        message: "Ask for at most 31 days.",
      }),
  )
  .query(async ({ ctx, input }) => {
    const rows = await ctx.db
      .select({ appointment: appointments, patientName: users.name, serviceName: services.name })
      .from(appointments)
      .innerJoin(users, eq(users.id, appointments.patientId))
      .leftJoin(services, eq(services.id, appointments.serviceId))
      .where(
        and(
          eq(appointments.doctorId, ctx.caller.userId),
          gte(appointments.startsAt, input.from),
          lt(appointments.startsAt, input.to),
        ),
      )
      .orderBy(asc(appointments.startsAt));
    const [practice] = await ctx.db
      .select({ timeZone: practices.timeZone })
      .from(practices)
      .where(eq(practices.doctorId, ctx.caller.userId));
    await audit(ctx, ctx.db, {
      action: "schedule.read",
      recordType: "schedule",
      details: {
        from: input.from.toISOString(),
        to: input.to.toISOString(),
        appointments: rows.length,
      },
    });
    return {
      timeZone: practice?.timeZone ?? "UTC",
      items: rows.map((row) => ({
        ...publicAppointment(row.appointment),
        patientName: row.patientName,
        serviceName: row.serviceName,
      })),
    };
  });

/** Marks a visit that has started as completed (billing invoices it) or as a no-show (the policy's fee). */
export const markOutcome = doctorProcedure
  .input(
    z.object({ id: z.uuid("Unknown appointment."), outcome: z.enum(["completed", "no_show"]) }),
  )
  .mutation(async ({ ctx, input }) => {
    const now = new Date();
    const updated = await ctx.db.transaction(async (tx) => {
      const [own] = await tx
        .select()
        .from(appointments)
        .where(and(eq(appointments.id, input.id), eq(appointments.doctorId, ctx.caller.userId)))
        .for("update");
      if (!own) return null;
      if (own.status !== "booked")
        throw new AppError("CONFLICT", "NOT_BOOKED", "Only a booked appointment can be marked.");
      if (own.startsAt > now)
        throw new AppError("CONFLICT", "NOT_STARTED", "This appointment has not started yet.");
      const [policy] = await tx
        .select({ noShowFeeMinor: doctorProfiles.noShowFeeMinor })
        .from(doctorProfiles)
        .where(eq(doctorProfiles.userId, ctx.caller.userId));
      const [row] = await tx
        .update(appointments)
        .set(
          input.outcome === "completed"
            ? { status: "completed", completedAt: now, updatedAt: now }
            : { status: "no_show", feeMinor: policy?.noShowFeeMinor || null, updatedAt: now },
        )
        .where(eq(appointments.id, own.id))
        .returning();
      if (input.outcome === "completed") {
        // A completed visit is an encounter in the patient's record; notes and entries attach to it.
        const [service] = own.serviceId
          ? await tx
              .select({ name: services.name })
              .from(services)
              .where(eq(services.id, own.serviceId))
          : [];
        await tx.insert(encounters).values({
          patientId: own.patientId,
          doctorId: own.doctorId,
          appointmentId: own.id,
          occurredAt: own.startsAt,
          title: service?.name ?? "Visit",
        });
      }
      // Billing: the visit's price, or the no-show fee under the doctor's policy.
      if (row) await invoiceAppointment(ctx, tx, row, input.outcome);
      await audit(ctx, tx, {
        action: `appointment.${input.outcome}`,
        patientId: own.patientId,
        recordType: "appointment",
        recordId: own.id,
      });
      return row ?? null;
    });
    if (!updated) throw notFound();
    return publicAppointment(updated);
  });
