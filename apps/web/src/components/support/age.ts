type AgeUnit = "minute" | "hour" | "day" | "month";

/** How long ago, in the largest whole unit (null: under a minute). Never negative. */
function ageParts(since: Date, now: Date): { value: number; unit: AgeUnit } | null {
  const minutes = Math.max(0, Math.floor((now.getTime() - since.getTime()) / 60_000));
  if (minutes < 1) return null;
  if (minutes < 60) return { value: minutes, unit: "minute" };
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return { value: hours, unit: "hour" };
  const days = Math.floor(hours / 24);
  if (days < 60) return { value: days, unit: "day" };
  return { value: Math.floor(days / 30), unit: "month" };
}

/** How long ago something happened, in the largest whole unit: "just now", "5 minutes", "3 days". */
export function ageOf(since: Date, now = new Date()): string {
  const age = ageParts(since, now);
  if (!age) return "just now";
  return `${age.value} ${age.unit}${age.value === 1 ? "" : "s"}`;
}

/**
 * When something happened, relative to now in the reader's language, in the largest whole unit:
 * "5 minutes ago", "hace 3 días". Null under a minute (say "just now" in the sentence instead).
 */
export function relativeAge(since: Date, locale: string, now = new Date()): string | null {
  const age = ageParts(since, now);
  if (!age) return null;
  return new Intl.RelativeTimeFormat(locale, { numeric: "always" }).format(-age.value, age.unit);
}
