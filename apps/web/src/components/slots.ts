/** The viewer's own time zone, as the browser knows it. */
export function viewerTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

export interface SlotDay<Slot> {
  /** "YYYY-MM-DD" in the viewer's zone. */
  key: string;
  /** "Monday, March 2". */
  label: string;
  slots: (Slot & { time: string })[];
}

/**
 * Free times grouped by the viewer's calendar day, each with its time of day ("9:30 AM"), in the
 * page's language (`locale`, from useLocale()).
 */
export function groupSlotsByDay<Slot extends { startsAt: Date }>(
  slots: readonly Slot[],
  timeZone: string,
  locale: string,
): SlotDay<Slot>[] {
  const dayKey = new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  });
  const dayLabel = new Intl.DateTimeFormat(locale, {
    timeZone,
    weekday: "long",
    month: "long",
    day: "numeric",
  });
  const timeOfDay = new Intl.DateTimeFormat(locale, { timeZone, timeStyle: "short" });
  const days = new Map<string, SlotDay<Slot>>();
  for (const slot of [...slots].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())) {
    const key = dayKey.format(slot.startsAt);
    let day = days.get(key);
    if (!day) {
      day = { key, label: dayLabel.format(slot.startsAt), slots: [] };
      days.set(key, day);
    }
    day.slots.push({ ...slot, time: timeOfDay.format(slot.startsAt) });
  }
  return [...days.values()];
}

/**
 * A moment in a given zone, spelled out: "Monday, March 2, 2026 at 9:30 AM", in the page's language
 * (`locale`, from useLocale()).
 */
export function formatInZone(moment: Date, timeZone: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, {
    timeZone,
    dateStyle: "full",
    timeStyle: "short",
  }).format(moment);
}
