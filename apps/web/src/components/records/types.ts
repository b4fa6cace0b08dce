import type { inferRouterOutputs } from "@trpc/server";
import type { useTranslations } from "next-intl";

import type { AppRouter } from "@resq/api";

type Outputs = inferRouterOutputs<AppRouter>["records"];
export type ChartSummary = Outputs["summary"];
export type Timeline = Outputs["timeline"];
export type TimelineItem = Timeline["items"][number];
export type RecordDetail = Outputs["get"];
export type AccessLog = Outputs["accessLog"];

export const RECORD_TYPES = [
  "encounter",
  "note",
  "problem",
  "prescription",
  "lab",
  "allergy",
  "immunization",
] as const;
export type RecordType = (typeof RECORD_TYPES)[number];

/** The translator of the "records" area (messages/en/records.json). */
export type RecordsT = ReturnType<typeof useTranslations<"records">>;

export function isRecordType(type: string): type is RecordType {
  return (RECORD_TYPES as readonly string[]).includes(type);
}

/** Each kind of entry in words, for people who are not clinicians, in the user's language. */
export function typeText(t: (key: `type.${RecordType}`) => string, type: string): string {
  return isRecordType(type) ? t(`type.${type}`) : type;
}

/** How a medicine is taken (the API's prescription routes). */
export const ROUTES = [
  "oral",
  "topical",
  "inhaled",
  "subcutaneous",
  "intramuscular",
  "intravenous",
  "sublingual",
  "rectal",
  "ophthalmic",
  "otic",
  "nasal",
  "transdermal",
] as const;

const STATUSES = ["active", "resolved", "inactive", "completed", "stopped"] as const;
const SEVERITIES = ["mild", "moderate", "severe"] as const;

const among = <T extends string>(list: readonly T[], value: string): value is T =>
  (list as readonly string[]).includes(value);

/**
 * A coded value of an entry (a diagnosis's or prescription's status, an allergy's severity, a
 * medicine's route) in the user's language; anything unknown is shown as it is.
 */
export function valueText(
  t: RecordsT,
  kind: "status" | "severity" | "route",
  value: string | null,
): string | null {
  if (value === null) return null;
  if (kind === "status" && among(STATUSES, value)) return t(`value.status.${value}`);
  if (kind === "severity" && among(SEVERITIES, value)) return t(`value.severity.${value}`);
  if (kind === "route" && among(ROUTES, value)) return t(`value.route.${value}`);
  return value;
}

/** The timeline's filters as they are kept in the URL. */
export interface TimelineFilters {
  types: RecordType[];
  from: string;
  to: string;
  page: number;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function list(value: string | string[] | undefined): string[] {
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value]).flatMap((v) => v.split(","));
}

/** Reads `?types=note,lab&from=YYYY-MM-DD&to=YYYY-MM-DD&page=2`, ignoring anything malformed. */
export function timelineFilters(
  params: Record<string, string | string[] | undefined>,
): TimelineFilters {
  const types = list(params.types).filter((t): t is RecordType =>
    (RECORD_TYPES as readonly string[]).includes(t),
  );
  const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";
  const from = one(params.from);
  const to = one(params.to);
  const page = Number(one(params.page));
  return {
    types: [...new Set(types)],
    from: DATE.test(from) && !Number.isNaN(Date.parse(from)) ? from : "",
    to: DATE.test(to) && !Number.isNaN(Date.parse(to)) ? to : "",
    page: Number.isInteger(page) && page >= 1 && page <= 1000 ? page : 1,
  };
}

/** The API's timeline input for these filters (dates are whole UTC days, `to` inclusive). */
export function timelineInput(filters: TimelineFilters, pageSize: number) {
  return {
    types: filters.types.length ? filters.types : undefined,
    from: filters.from ? new Date(`${filters.from}T00:00:00.000Z`) : undefined,
    to: filters.to ? new Date(`${filters.to}T23:59:59.999Z`) : undefined,
    page: filters.page,
    pageSize,
  };
}

/** The URL of the timeline with these filters (page 1 unless given). */
export function timelineHref(basePath: string, filters: TimelineFilters, page = 1): string {
  const query = new URLSearchParams();
  if (filters.types.length) query.set("types", filters.types.join(","));
  if (filters.from) query.set("from", filters.from);
  if (filters.to) query.set("to", filters.to);
  if (page > 1) query.set("page", String(page));
  const text = query.toString();
  return text ? `${basePath}?${text}#timeline` : `${basePath}#timeline`;
}
