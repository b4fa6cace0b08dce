import { and, eq } from "drizzle-orm";

import type { Database } from "@resq/db/client";
import { notificationPreferences, type UserRole } from "@resq/db/schema";

import {
  notificationKinds,
  notificationKindNames,
  type NotificationChannel,
  type NotificationKind,
} from "./kinds";

export interface ChannelChoice {
  inApp: boolean;
  email: boolean;
}

export interface EffectivePreference extends ChannelChoice {
  kind: NotificationKind;
  label: string;
  description: string;
  locked: boolean;
}

/**
 * What actually applies to one kind: the stored choice over the default, except for security
 * alerts, which are always on whatever is stored.
 */
export function effectiveChoice(
  kind: NotificationKind,
  stored: ChannelChoice | undefined,
): ChannelChoice {
  const definition = notificationKinds[kind];
  if ("locked" in definition || !stored)
    return { inApp: definition.inApp, email: definition.email };
  return { inApp: stored.inApp, email: stored.email };
}

/** Every kind that concerns a role, with what applies to this user. */
export async function preferencesOf(
  db: Database,
  userId: string,
  role: UserRole,
): Promise<EffectivePreference[]> {
  const rows = await db
    .select()
    .from(notificationPreferences)
    .where(eq(notificationPreferences.userId, userId));
  const stored = new Map(rows.map((row) => [row.kind, row]));
  return notificationKindNames
    .filter((kind) => (notificationKinds[kind].roles as readonly UserRole[]).includes(role))
    .map((kind) => {
      const definition = notificationKinds[kind];
      return {
        kind,
        label: definition.label,
        description: definition.description,
        locked: "locked" in definition,
        ...effectiveChoice(kind, stored.get(kind)),
      };
    });
}

/** Whether a user wants this kind on this channel (the check before anything is sent). */
export async function wantsNotification(
  db: Database,
  userId: string,
  kind: NotificationKind,
  channel: NotificationChannel,
): Promise<boolean> {
  if ("locked" in notificationKinds[kind]) return true;
  const [row] = await db
    .select({ inApp: notificationPreferences.inApp, email: notificationPreferences.email })
    .from(notificationPreferences)
    .where(and(eq(notificationPreferences.userId, userId), eq(notificationPreferences.kind, kind)));
  return effectiveChoice(kind, row)[channel];
}
