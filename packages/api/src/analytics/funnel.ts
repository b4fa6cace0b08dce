/** The onboarding steps, in order, with what each means for patients and for doctors. */
export const FUNNEL_STAGES = [
  { key: "registered", label: "Registered" },
  { key: "verified", label: "Email verified" },
  { key: "profileComplete", label: "Profile complete" },
  { key: "firstBooking", label: "First booking" },
] as const;

export type FunnelStageKey = (typeof FUNNEL_STAGES)[number]["key"];
export type FunnelRole = "patient" | "doctor";

/** One SQL row: a sign-up cohort (role × week) and how many of it reached each step. */
export type FunnelCohortRow = { role: FunnelRole; week: string } & Record<FunnelStageKey, number>;

export interface FunnelStage {
  key: FunnelStageKey;
  label: string;
  count: number;
  /** Share of the cohort's sign-ups, in whole percent (0 when nobody signed up). */
  percentOfRegistered: number;
}

export interface FunnelShape {
  /** Per role, all sign-up weeks of the range together. */
  byRole: { role: FunnelRole; stages: FunnelStage[] }[];
  /** Per sign-up week (oldest first), each role's steps. */
  byWeek: { week: string; role: FunnelRole; stages: FunnelStage[] }[];
}

function stagesOf(counts: Record<FunnelStageKey, number>): FunnelStage[] {
  return FUNNEL_STAGES.map(({ key, label }) => ({
    key,
    label,
    count: counts[key],
    percentOfRegistered:
      counts.registered === 0 ? 0 : Math.round((counts[key] / counts.registered) * 100),
  }));
}

const ROLES: FunnelRole[] = ["patient", "doctor"];

/**
 * Shapes cohort rows into the funnel the page shows: both roles always present (zeros when nobody
 * signed up), weeks in order. Each step counts the cohort's members who reached it, whatever the
 * order they did things in (a patient may book before completing the profile).
 */
export function shapeFunnel(rows: FunnelCohortRow[]): FunnelShape {
  const zero = (): Record<FunnelStageKey, number> => ({
    registered: 0,
    verified: 0,
    profileComplete: 0,
    firstBooking: 0,
  });
  const totals = new Map<FunnelRole, Record<FunnelStageKey, number>>(
    ROLES.map((role) => [role, zero()]),
  );
  for (const row of rows) {
    const total = totals.get(row.role);
    if (!total) continue;
    for (const { key } of FUNNEL_STAGES) total[key] += row[key];
  }
  return {
    byRole: ROLES.map((role) => ({ role, stages: stagesOf(totals.get(role) ?? zero()) })),
    byWeek: [...rows]
      .sort((a, b) => a.week.localeCompare(b.week) || ROLES.indexOf(a.role) - ROLES.indexOf(b.role))
      .map((row) => ({ week: row.week, role: row.role, stages: stagesOf(row) })),
  };
}
