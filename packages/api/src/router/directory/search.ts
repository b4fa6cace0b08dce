import { and, asc, count, desc, eq, lte, sql, type SQL } from "drizzle-orm";
import { z } from "zod";

import { SPECIALTY_SLUGS, specialtyLabel } from "@resq/db/reference";
import { doctorProfiles, practices, users } from "@resq/db/schema";

import { listedDoctorCondition } from "../../providers/listing";
import { publicProcedure } from "../../trpc";
import { languageSchema } from "../practice/schemas";

export const searchInput = z.object({
  q: z.string().trim().max(100, "Use at most 100 characters.").optional(),
  specialty: z.enum(SPECIALTY_SLUGS).optional(),
  language: languageSchema.optional(),
  city: z.string().trim().min(1).max(80).optional(),
  availableWithinDays: z.number().int().min(1).max(60).optional(),
  acceptingNewPatients: z.boolean().optional(),
  sort: z.enum(["relevance", "soonest", "name"]).optional(),
  page: z.number().int().min(1).max(1000).default(1),
  pageSize: z.number().int().min(1).max(50).default(20),
});
export type DirectorySearchInput = z.input<typeof searchInput>;

// How alike a search word and a word of the profile must be (0–1): 0.4 lets "dermatolgy" or
// "cardiolgist" find their specialty while unrelated words stay out.
const WORD_SIMILARITY_THRESHOLD = "0.4";

function escapeLike(text: string) {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * Words of a title that every listed doctor has: the search document leaves them out (it holds
 * "lucas moreau", not "dr. lucas moreau"), so a query for the name as shown must drop them too.
 */
const TITLES = new Set(["dr", "doctor", "prof", "professor"]);

/**
 * Finds verified, bookable doctors: typo-tolerant text search over name, specialty, conditions
 * treated and city (pg_trgm word similarity on an indexed search document), filters, sorting and
 * pagination. Every word of the query must match.
 */
export const search = publicProcedure.input(searchInput).query(async ({ ctx, input }) => {
  const words = (input.q ?? "")
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length >= 2 && !TITLES.has(word))
    .slice(0, 6);
  const conditions: SQL[] = [listedDoctorCondition()];
  for (const word of words) {
    const contains = sql`${doctorProfiles.searchDocument} like ${`%${escapeLike(word)}%`}`;
    // Short words must match as written: at four letters a typo-tolerant match is mostly noise
    // ("chen" would find "chest pain"). Longer words may be misspelled.
    conditions.push(
      word.length <= 4
        ? contains
        : sql`(${word} <% ${doctorProfiles.searchDocument} or ${contains})`,
    );
  }
  if (input.specialty) conditions.push(eq(doctorProfiles.specialty, input.specialty));
  if (input.language)
    conditions.push(sql`${doctorProfiles.languages} @> array[${input.language}]::text[]`);
  if (input.city) conditions.push(sql`lower(${practices.city}) = lower(${input.city})`);
  if (input.acceptingNewPatients) conditions.push(eq(doctorProfiles.acceptingNewPatients, true));
  if (input.availableWithinDays) {
    conditions.push(
      lte(
        doctorProfiles.nextAvailableAt,
        new Date(Date.now() + input.availableWithinDays * 86_400_000),
      ),
    );
  }
  const where = and(...conditions);

  const relevance = words.length
    ? sql`(${sql.join(
        words.map((word) => sql`word_similarity(${word}, ${doctorProfiles.searchDocument})`),
        sql` + `,
      )})`
    : sql`0`;
  const sort = input.sort ?? (words.length ? "relevance" : "soonest");
  const orderBy =
    sort === "name"
      ? [asc(doctorProfiles.displayName)]
      : sort === "soonest"
        ? [sql`${doctorProfiles.nextAvailableAt} asc nulls last`, asc(doctorProfiles.displayName)]
        : [
            desc(relevance),
            sql`${doctorProfiles.nextAvailableAt} asc nulls last`,
            asc(doctorProfiles.displayName),
          ];

  return ctx.db.transaction(async (tx) => {
    await tx.execute(
      sql`select set_config('pg_trgm.word_similarity_threshold', ${WORD_SIMILARITY_THRESHOLD}, true)`,
    );
    // The total rides along with the page (a window count): one scan of the matches, not two.
    const rows = await tx
      .select({
        id: doctorProfiles.userId,
        name: doctorProfiles.displayName,
        specialty: doctorProfiles.specialty,
        languages: doctorProfiles.languages,
        yearsOfPractice: doctorProfiles.yearsOfPractice,
        acceptingNewPatients: doctorProfiles.acceptingNewPatients,
        city: practices.city,
        practiceName: practices.name,
        nextAvailableAt: doctorProfiles.nextAvailableAt,
        total: sql<number>`count(*) over ()`.mapWith(Number),
      })
      .from(doctorProfiles)
      .innerJoin(users, eq(users.id, doctorProfiles.userId))
      .leftJoin(practices, eq(practices.doctorId, doctorProfiles.userId))
      .where(where)
      .orderBy(...orderBy)
      .limit(input.pageSize)
      .offset((input.page - 1) * input.pageSize);
    // Past the last page there is no row to carry the total: count separately (rare).
    const total =
      rows[0]?.total ??
      (input.page > 1
        ? ((
            await tx
              .select({ n: count() })
              .from(doctorProfiles)
              .innerJoin(users, eq(users.id, doctorProfiles.userId))
              .leftJoin(practices, eq(practices.doctorId, doctorProfiles.userId))
              .where(where)
          )[0]?.n ?? 0)
        : 0);
    return {
      items: rows.map(({ total: _total, ...row }) => ({
        ...row,
        specialtyLabel: row.specialty ? specialtyLabel(row.specialty) : null,
      })),
      page: input.page,
      pageSize: input.pageSize,
      total,
    };
  });
});

/** The filter choices that currently have listed doctors behind them. */
export const filters = publicProcedure.query(async ({ ctx }) => {
  const listed = listedDoctorCondition();
  const cities = await ctx.db
    .selectDistinct({ city: practices.city })
    .from(doctorProfiles)
    .innerJoin(users, eq(users.id, doctorProfiles.userId))
    .innerJoin(practices, eq(practices.doctorId, doctorProfiles.userId))
    .where(listed)
    .orderBy(asc(practices.city));
  const specialties = await ctx.db
    .selectDistinct({ specialty: doctorProfiles.specialty })
    .from(doctorProfiles)
    .innerJoin(users, eq(users.id, doctorProfiles.userId))
    .leftJoin(practices, eq(practices.doctorId, doctorProfiles.userId))
    .where(listed);
  const languages = await ctx.db
    .selectDistinct({ language: sql<string>`unnest(${doctorProfiles.languages})` })
    .from(doctorProfiles)
    .innerJoin(users, eq(users.id, doctorProfiles.userId))
    .leftJoin(practices, eq(practices.doctorId, doctorProfiles.userId))
    .where(listed);
  return {
    cities: cities.map((row) => row.city),
    specialties: specialties
      .map((row) => row.specialty)
      .filter((slug): slug is string => !!slug)
      .map((slug) => ({ slug, label: specialtyLabel(slug) }))
      .sort((a, b) => a.label.localeCompare(b.label)),
    languages: languages.map((row) => row.language).sort(),
  };
});
