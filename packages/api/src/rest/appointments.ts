import { z } from "zod";

import { callerLocale, type Caller, type Context } from "../context";
import { createCaller } from "../root";
import { bookAppointment, bookInput } from "../router/appointments/book";
import { AppError, assertAccess } from "../trpc";
import { jsonResponse, readJson, toErrorResponse } from "./http";

const iso = (date: Date) => date.toISOString();

/** design.md's appointment shape over REST. */
function restAppointment(a: {
  id: string;
  doctorId: string;
  patientId: string;
  serviceId: string | null;
  startsAt: Date;
  endsAt: Date;
  status: string;
  reason?: string | null;
}) {
  return {
    id: a.id,
    doctorId: a.doctorId,
    patientId: a.patientId,
    serviceId: a.serviceId,
    startsAt: iso(a.startsAt),
    endsAt: iso(a.endsAt),
    status: a.status,
    reason: a.reason ?? null,
  };
}

function requireCaller(ctx: Context): asserts ctx is Context & { caller: Caller } {
  if (!ctx.caller)
    throw new AppError(
      "UNAUTHORIZED",
      "UNAUTHENTICATED",
      "Send a bearer access token (POST /api/auth/login/).",
    );
}

const bookBody = z.object({
  doctorId: z.string(),
  startsAt: z.string(),
  serviceId: z.string().optional(),
  reason: z.string().optional(),
});

/**
 * POST /api/appointments/appointments/ — books for the calling patient. `Idempotency-Key` makes a
 * retry book once (201 the first time, 200 with the same appointment after). Without `serviceId`
 * the doctor's shortest service is used.
 */
export async function restBook(request: Request, ctx: Context): Promise<Response> {
  try {
    requireCaller(ctx);
    if (ctx.caller.role !== "patient")
      throw new AppError("FORBIDDEN", "FORBIDDEN", "Only patients can book appointments.");
    // Books without going through the procedure, so the sign-in gates are checked here too.
    assertAccess({ roles: ["patient"] }, ctx.caller);
    const body = await readJson(request, bookBody);
    const key = request.headers.get("idempotency-key")?.trim();
    let serviceId = body.serviceId;
    if (!serviceId) {
      const doctor = await createCaller(ctx).directory.doctor({ id: body.doctorId });
      serviceId = doctor.services[0]?.id;
      if (!serviceId)
        throw new AppError("NOT_FOUND", "NOT_FOUND", "This doctor offers no bookable service.");
    }
    const input = bookInput.parse({
      ...body,
      serviceId,
      clientRequestId: key ? `idem:${key}` : `rest:${crypto.randomUUID()}`,
    });
    const { appointment, replayed } = await bookAppointment(ctx, input);
    return jsonResponse(restAppointment(appointment), replayed ? 200 : 201);
  } catch (error) {
    return toErrorResponse(error, callerLocale(ctx));
  }
}

/** GET /api/appointments/appointments/ — the caller's own appointments. */
export async function restListAppointments(request: Request, ctx: Context): Promise<Response> {
  try {
    requireCaller(ctx);
    const scope = new URL(request.url).searchParams.get("scope") ?? "all";
    const items = await createCaller(ctx).appointments.mine({
      scope: scope as "all",
      page: 1,
      pageSize: 100,
    });
    return jsonResponse({
      items: items.map((a) => ({
        ...restAppointment(a),
        doctorName: a.doctorName,
        serviceName: a.serviceName,
      })),
    });
  } catch (error) {
    return toErrorResponse(error, callerLocale(ctx));
  }
}

/** POST /api/appointments/appointments/{id}/cancel/ — 200 with the cancelled appointment. */
export async function restCancel(request: Request, ctx: Context, id: string): Promise<Response> {
  try {
    requireCaller(ctx);
    const body = await readJson(request, z.object({ reason: z.string().optional() }));
    const cancelled = await createCaller(ctx).appointments.cancel({ id, reason: body.reason });
    return jsonResponse({
      ...restAppointment(cancelled),
      lateCancellation: cancelled.lateCancellation,
      feeMinor: cancelled.feeMinor,
    });
  } catch (error) {
    return toErrorResponse(error, callerLocale(ctx));
  }
}
