import { systemSettings } from "@resq/db/schema";
import type { Database } from "@resq/db/client";

import { settingDefinitions, type SettingKey, type Settings } from "./definitions";

/** All settings, with defaults for those never changed. One query; no cache, so changes apply at once. */
export async function readSettings(db: Database): Promise<Settings> {
  const rows = await db
    .select({ key: systemSettings.key, value: systemSettings.value })
    .from(systemSettings);
  const stored = new Map(rows.map((row) => [row.key, row.value]));
  const settings = {} as Record<SettingKey, unknown>;
  for (const key of Object.keys(settingDefinitions) as SettingKey[]) {
    const definition = settingDefinitions[key];
    const parsed = stored.has(key) ? definition.schema.safeParse(stored.get(key)) : null;
    settings[key] = parsed?.success ? parsed.data : definition.default;
  }
  return settings as Settings;
}

export function sessionPolicyOf(settings: Settings) {
  return {
    idleTimeoutMinutes: settings["security.sessionIdleTimeoutMinutes"],
    absoluteLifetimeHours: settings["security.sessionAbsoluteLifetimeHours"],
  };
}

/** The booking rules a new practice starts with (admin defaults; each doctor may change theirs). */
export async function practiceDefaults(db: Database) {
  const settings = await readSettings(db);
  return {
    minimumNoticeMinutes: settings["booking.minimumNoticeMinutes"],
    bookingHorizonDays: settings["booking.horizonDays"],
    cancellationWindowHours: settings["booking.cancellationWindowHours"],
  };
}
