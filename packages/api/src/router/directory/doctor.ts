import { and, asc, eq } from "drizzle-orm";
import { z } from "zod";

import { specialtyBySlug } from "@resq/db/reference";
import { doctorProfiles, practices, services, users } from "@resq/db/schema";

import { listedDoctorCondition } from "../../providers/listing";
import { freeSlots, loadSchedules } from "../../providers/schedule";
import { localDateSchema } from "../practice/schemas";
import { AppError, publicProcedure } from "../../trpc";
import { MAX_RANGE_DAYS } from "../../scheduling";

const notFound = () =>
  new AppError("NOT_FOUND", "NOT_FOUND", "This doctor is not available on RESQ.");

/** A listed doctor's public profile: practice, services and languages (404 for anyone not listed). */
export const doctor = publicProcedure
  .input(z.object({ id: z.uuid("Unknown doctor.") }))
  .query(async ({ ctx, input }) => {
    const [row] = await ctx.db
      .select({ profile: doctorProfiles, practice: practices })
      .from(doctorProfiles)
      .innerJoin(users, eq(users.id, doctorProfiles.userId))
      .innerJoin(practices, eq(practices.doctorId, doctorProfiles.userId))
      .where(and(eq(doctorProfiles.userId, input.id), listedDoctorCondition()));
    if (!row) throw notFound();
    const offered = await ctx.db
      .select({
        id: services.id,
        name: services.name,
        description: services.description,
        durationMinutes: services.durationMinutes,
        priceMinor: services.priceMinor,
        currency: services.currency,
      })
      .from(services)
      .where(and(eq(services.doctorId, input.id), eq(services.active, true)))
      .orderBy(asc(services.durationMinutes), asc(services.name));
    const { profile, practice } = row;
    const specialty = specialtyBySlug(profile.specialty);
    return {
      id: profile.userId,
      name: profile.displayName,
      specialty: profile.specialty,
      specialtyLabel: specialty?.label ?? null,
      conditions: specialty ? [...specialty.conditions] : [],
      subSpecialties: profile.subSpecialties,
      bio: profile.bio,
      languages: profile.languages,
      yearsOfPractice: profile.yearsOfPractice,
      education: profile.education,
      acceptingNewPatients: profile.acceptingNewPatients,
      nextAvailableAt: profile.nextAvailableAt,
      practice: {
        name: practice.name,
        addressLine: practice.addressLine,
        city: practice.city,
        postalCode: practice.postalCode,
        country: practice.country,
        phone: practice.phone,
        timeZone: practice.timeZone,
      },
      services: offered,
    };
  });

export const slotsInput = z
  .object({
    doctorId: z.uuid("Unknown doctor."),
    from: localDateSchema,
    to: localDateSchema,
    serviceId: z.uuid().optional(),
  })
  .refine((v) => v.from <= v.to, {
    path: ["to"],
    message: "The end date must not be before the start date.",
  })
  .refine((v) => (Date.parse(v.to) - Date.parse(v.from)) / 86_400_000 < MAX_RANGE_DAYS, {
    path: ["to"],
    message: `Ask for at most ${MAX_RANGE_DAYS} days at a time.`,
  });

/**
 * Free times of a listed doctor between two dates of the practice's calendar, for one service
 * (default: the shortest). Four queries whatever the range.
 */
export const slots = publicProcedure.input(slotsInput).query(async ({ ctx, input }) => {
  const now = new Date();
  const start = new Date(`${input.from}T00:00:00Z`);
  const end = new Date(Date.parse(`${input.to}T00:00:00Z`) + 2 * 86_400_000);
  // The listing check and the schedule are read concurrently (one round trip's wait, not two);
  // nothing of an unlisted doctor's schedule is returned.
  const [[listed], schedules] = await Promise.all([
    ctx.db
      .select({ id: doctorProfiles.userId })
      .from(doctorProfiles)
      .innerJoin(users, eq(users.id, doctorProfiles.userId))
      .innerJoin(practices, eq(practices.doctorId, doctorProfiles.userId))
      .where(and(eq(doctorProfiles.userId, input.doctorId), listedDoctorCondition())),
    loadSchedules(ctx.db, [input.doctorId], {
      start: new Date(start.getTime() - 86_400_000),
      end,
    }),
  ]);
  if (!listed) throw notFound();
  const schedule = schedules.get(input.doctorId);
  if (!schedule) throw notFound();
  const service = input.serviceId
    ? schedule.services.find((s) => s.id === input.serviceId)
    : schedule.services[0];
  if (!service) {
    if (input.serviceId)
      throw new AppError("NOT_FOUND", "NOT_FOUND", "That service is not offered by this doctor.");
    return { timeZone: schedule.timeZone, serviceId: null, durationMinutes: null, slots: [] };
  }
  return {
    timeZone: schedule.timeZone,
    serviceId: service.id,
    durationMinutes: service.durationMinutes,
    slots: freeSlots(schedule, service.durationMinutes, input.from, input.to, now),
  };
});
