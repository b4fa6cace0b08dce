import { z } from "zod";

import { callerLocale, type Context } from "../context";
import { createCaller } from "../root";
import type { DirectorySearchInput } from "../router/directory/search";
import { jsonResponse, toErrorResponse } from "./http";

// Query strings are text: numbers and booleans are coerced here, then the procedure validates.
const number = z.coerce.number();
const boolean = z.enum(["true", "false"]).transform((value) => value === "true");

const searchQuery = z.object({
  q: z.string().optional(),
  specialty: z.string().optional(),
  language: z.string().optional(),
  city: z.string().optional(),
  availableWithinDays: number.optional(),
  acceptingNewPatients: boolean.optional(),
  sort: z.string().optional(),
  page: number.optional(),
  pageSize: number.optional(),
});

function queryOf(url: URL) {
  return Object.fromEntries([...url.searchParams.entries()].filter(([, value]) => value !== ""));
}

/** GET /api/appointments/doctors/ — the directory (verified doctors only), as design.md describes. */
export async function restSearchDoctors(request: Request, ctx: Context): Promise<Response> {
  try {
    const query = searchQuery.parse(queryOf(new URL(request.url)));
    // The procedure validates the values (specialty slugs, ranges) and names the fields that are wrong.
    const result = await createCaller(ctx).directory.search(query as DirectorySearchInput);
    return jsonResponse({
      items: result.items.map((doctor) => ({
        id: doctor.id,
        name: doctor.name,
        specialty: doctor.specialty,
        specialtyLabel: doctor.specialtyLabel,
        languages: doctor.languages,
        city: doctor.city,
        practiceName: doctor.practiceName,
        yearsOfPractice: doctor.yearsOfPractice,
        acceptingNewPatients: doctor.acceptingNewPatients,
        nextAvailableAt: doctor.nextAvailableAt?.toISOString() ?? null,
      })),
      page: result.page,
      pageSize: result.pageSize,
      total: result.total,
    });
  } catch (error) {
    return toErrorResponse(error, callerLocale(ctx));
  }
}

/** GET /api/appointments/doctors/{id}/slots/ — free times between two dates of the practice's calendar. */
export async function restDoctorSlots(
  request: Request,
  ctx: Context,
  doctorId: string,
): Promise<Response> {
  try {
    const query = z
      .object({
        from: z.string().optional(),
        to: z.string().optional(),
        serviceId: z.string().optional(),
      })
      .parse(queryOf(new URL(request.url)));
    const result = await createCaller(ctx).directory.slots({
      doctorId,
      from: query.from ?? "",
      to: query.to ?? "",
      serviceId: query.serviceId,
    });
    return jsonResponse({
      timeZone: result.timeZone,
      serviceId: result.serviceId,
      durationMinutes: result.durationMinutes,
      slots: result.slots.map((slot) => ({
        startsAt: slot.startsAt.toISOString(),
        endsAt: slot.endsAt.toISOString(),
      })),
    });
  } catch (error) {
    return toErrorResponse(error, callerLocale(ctx));
  }
}
