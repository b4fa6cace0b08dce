import { LANGUAGES } from "@resq/api/practice-schemas";
import { SPECIALTY_SLUGS, type SpecialtySlug } from "@resq/db/reference";

export const AVAILABLE_WITHIN = [1, 3, 7, 14] as const;
/** The directory's sort orders; their names are in the catalogue (public.directory.sorts). */
export const SORTS = ["relevance", "soonest", "name"] as const;
export type DirectorySort = (typeof SORTS)[number];

/** The directory's search as it appears in the URL (all optional, so links stay short). */
export interface DirectoryQuery {
  q?: string;
  specialty?: SpecialtySlug;
  language?: keyof typeof LANGUAGES;
  city?: string;
  within?: (typeof AVAILABLE_WITHIN)[number];
  accepting?: true;
  sort?: DirectorySort;
  page: number;
}

type RawParams = Record<string, string | string[] | undefined>;

function first(params: RawParams, key: string): string | undefined {
  const value = params[key];
  const text = (Array.isArray(value) ? value[0] : value)?.trim();
  return text ? text : undefined;
}

/**
 * Reads the URL's search parameters. Anything unknown or out of range is ignored rather than
 * refused: a hand-edited or outdated link still shows a useful page.
 */
export function parseDirectoryQuery(params: RawParams): DirectoryQuery {
  const query: DirectoryQuery = { page: 1 };
  const q = first(params, "q");
  if (q) query.q = q.slice(0, 100);
  const specialty = first(params, "specialty");
  if (specialty && (SPECIALTY_SLUGS as readonly string[]).includes(specialty))
    query.specialty = specialty as SpecialtySlug;
  const language = first(params, "language");
  if (language && language in LANGUAGES) query.language = language as keyof typeof LANGUAGES;
  const city = first(params, "city");
  if (city) query.city = city.slice(0, 80);
  const within = Number(first(params, "within"));
  const allowed = AVAILABLE_WITHIN.find((days) => days === within);
  if (allowed) query.within = allowed;
  if (first(params, "accepting") === "1") query.accepting = true;
  const sort = SORTS.find((option) => option === first(params, "sort"));
  if (sort) query.sort = sort;
  const page = Number(first(params, "page"));
  if (Number.isInteger(page) && page >= 1 && page <= 1000) query.page = page;
  return query;
}

/** The directory URL for a query; empty values are left out. */
export function directoryHref(query: DirectoryQuery): string {
  const params = new URLSearchParams();
  if (query.q) params.set("q", query.q);
  if (query.specialty) params.set("specialty", query.specialty);
  if (query.language) params.set("language", query.language);
  if (query.city) params.set("city", query.city);
  if (query.within) params.set("within", String(query.within));
  if (query.accepting) params.set("accepting", "1");
  if (query.sort) params.set("sort", query.sort);
  if (query.page > 1) params.set("page", String(query.page));
  const search = params.toString();
  return search ? `/doctors?${search}` : "/doctors";
}

/** How many filters (not the words, not the sort) narrow the search. */
export function activeFilterCount(query: DirectoryQuery): number {
  return [query.specialty, query.language, query.city, query.within, query.accepting].filter(
    Boolean,
  ).length;
}
