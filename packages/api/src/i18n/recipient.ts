import { eq } from "drizzle-orm";

import type { Database } from "@resq/db/client";
import { users } from "@resq/db/schema";

import { DEFAULT_LOCALE, isLocale, type Locale } from "../locales";

/** A stored locale as a supported one (an unknown value reads as the default). */
export function asLocale(value: unknown): Locale {
  return isLocale(value) ? value : DEFAULT_LOCALE;
}

/**
 * The language a user reads RESQ in (their saved users.locale): what their emails and
 * notifications are written in. The default for an unknown user.
 */
export async function localeOf(db: Database, userId: string): Promise<Locale> {
  const [row] = await db.select({ locale: users.locale }).from(users).where(eq(users.id, userId));
  return asLocale(row?.locale);
}
