/**
 * One-sentence summaries of each chart, read by everyone (and instead of the chart by screen
 * readers, with the table beside). Plain functions, unit-tested.
 */

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** "2025-03-05" → "Mar 5, 2025" (the day as such, not shifted by the viewer's zone). */
export function dayLabel(day: string, withYear = true): string {
  return new Intl.DateTimeFormat("en-US", {
    month: "short",
    day: "numeric",
    ...(withYear ? { year: "numeric" } : {}),
    timeZone: "UTC",
  }).format(new Date(`${day}T00:00:00Z`));
}

function busiest<T>(points: T[], value: (point: T) => number): T | null {
  let best: T | null = null;
  for (const point of points)
    if (value(point) > 0 && (!best || value(point) > value(best))) best = point;
  return best;
}

export interface FunnelRoleFigures {
  role: "patient" | "doctor";
  stages: { key: string; count: number; percentOfRegistered: number }[];
}

export function funnelSummary(byRole: FunnelRoleFigures[]): string {
  const parts = byRole.map(({ role, stages }) => {
    const [registered, verified, profile, booking] = stages;
    if (!registered || registered.count === 0) return `No ${role}s signed up.`;
    const who = plural(registered.count, role);
    return `Of ${who} who signed up, ${verified?.count ?? 0} verified their email (${verified?.percentOfRegistered ?? 0}%), ${profile?.count ?? 0} completed their profile (${profile?.percentOfRegistered ?? 0}%) and ${booking?.count ?? 0} ${role === "patient" ? "booked" : "received"} an appointment (${booking?.percentOfRegistered ?? 0}%).`;
  });
  return parts.join(" ");
}

export function activeUsersSummary(
  daily: { day: string; users: number }[],
  weekly: { week: string; users: number }[],
): string {
  const top = busiest(daily, (d) => d.users);
  if (!top) return "Nobody was active in this range.";
  const average = daily.reduce((sum, d) => sum + d.users, 0) / Math.max(daily.length, 1);
  const topWeek = busiest(weekly, (w) => w.users);
  return `On average ${average.toFixed(1)} people were active a day; the busiest day was ${dayLabel(top.day)} with ${top.users}${
    topWeek ? `, the busiest week the one of ${dayLabel(topWeek.week)} with ${topWeek.users}` : ""
  }.`;
}

export function appointmentsSummary(
  days: { day: string; bookings: number; cancellations: number; noShows: number }[],
): string {
  const total = (key: "bookings" | "cancellations" | "noShows") =>
    days.reduce((sum, d) => sum + d[key], 0);
  const bookings = total("bookings");
  const cancellations = total("cancellations");
  const noShows = total("noShows");
  if (bookings + cancellations + noShows === 0)
    return "No appointments were booked, cancelled or missed in this range.";
  const top = busiest(days, (d) => d.bookings);
  return `${plural(bookings, "booking")}, ${plural(cancellations, "cancellation")} and ${plural(noShows, "no-show")} over ${plural(days.length, "day")}${
    top ? `; most bookings on ${dayLabel(top.day)} (${top.bookings})` : ""
  }.`;
}

export function messagesSummary(days: { day: string; messages: number }[]): string {
  const total = days.reduce((sum, d) => sum + d.messages, 0);
  if (total === 0) return "No secure messages were sent in this range.";
  const top = busiest(days, (d) => d.messages);
  return `${plural(total, "message")} sent over ${plural(days.length, "day")}${
    top ? `; the busiest day was ${dayLabel(top.day)} with ${top.messages}` : ""
  }.`;
}

export function adoptionSummary(adoption: {
  users: number;
  features: { label: string; users: number; percent: number }[];
}): string {
  if (adoption.users === 0) return "There were no active patient or doctor accounts in this range.";
  return `Of ${plural(adoption.users, "active patient and doctor account", "active patient and doctor accounts")}: ${adoption.features
    .map((f) => `${f.label.toLowerCase()} ${f.percent}% (${f.users})`)
    .join(", ")}.`;
}

export function supportSummary(support: {
  opened: number;
  answered: number;
  waiting: number;
  medianHoursToFirstAnswer: number | null;
}): string {
  if (support.opened === 0) return "No support requests were opened in this range.";
  return `${plural(support.opened, "request")} opened, ${support.answered} answered${
    support.medianHoursToFirstAnswer === null
      ? ""
      : `; half were first answered within ${support.medianHoursToFirstAnswer} ${support.medianHoursToFirstAnswer === 1 ? "hour" : "hours"}`
  }${support.waiting > 0 ? `; ${support.waiting} still waiting for a first answer` : ""}.`;
}
