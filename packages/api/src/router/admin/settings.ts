import { inArray } from "drizzle-orm";

import { systemSettings } from "@resq/db/schema";

import { audit } from "../../audit";
import type { SettingKey } from "../../settings/definitions";
import { readSettings } from "../../settings/read";
import { adminProcedure, publicProcedure } from "../../trpc";
import { settingGroups, updateSettingsInput } from "./schemas";

/** Every setting by form group, as it is in effect now (defaults included). */
export const settings = adminProcedure.query(async ({ ctx }) => {
  const current = await readSettings(ctx.db);
  const groups = {} as Record<string, Record<string, unknown>>;
  for (const [group, fields] of Object.entries(settingGroups)) {
    groups[group] = Object.fromEntries(
      Object.entries(fields).map(([field, key]) => [field, current[key]]),
    );
  }
  return groups as {
    [G in keyof typeof settingGroups]: {
      [F in keyof (typeof settingGroups)[G]]: (typeof current)[(typeof settingGroups)[G][F] &
        SettingKey];
    };
  };
});

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Saves one group. Settings are read from the database on every use (no process cache), so a change
 * applies at once on every instance. Audited with the old and new value of each changed setting.
 */
export const updateSettings = adminProcedure
  .input(updateSettingsInput)
  .mutation(async ({ ctx, input }) => {
    const fields = settingGroups[input.group] as Record<string, SettingKey>;
    const values = input.values as Record<string, unknown>;
    const changes = await ctx.db.transaction(async (tx) => {
      // Lock the rows so that two admins saving at once record each other's values as "old".
      await tx
        .select({ key: systemSettings.key })
        .from(systemSettings)
        .where(inArray(systemSettings.key, Object.values(fields)))
        .for("update");
      const before = await readSettings(tx);
      const changed: Record<string, { old: unknown; new: unknown }> = {};
      for (const [field, key] of Object.entries(fields)) {
        const value = values[field];
        if (same(before[key], value)) continue;
        changed[key] = { old: before[key], new: value };
        await tx
          .insert(systemSettings)
          .values({ key, value, updatedBy: ctx.caller.userId })
          .onConflictDoUpdate({
            target: systemSettings.key,
            set: { value, updatedAt: new Date(), updatedBy: ctx.caller.userId },
          });
      }
      if (Object.keys(changed).length > 0)
        await audit(ctx, tx, {
          action: "admin.settings_changed",
          details: { group: input.group, changes: changed },
        });
      return changed;
    });
    return { changed: Object.keys(changes) };
  });

/** What every page shows: the platform name and the maintenance banner (empty when none). */
export const publicSettings = publicProcedure.query(async ({ ctx }) => {
  const current = await readSettings(ctx.db);
  return {
    platformName: current["platform.name"],
    supportEmail: current["platform.supportEmail"],
    maintenanceBanner: current["platform.maintenanceBanner"],
  };
});
