/**
 * Words for values the API returns as codes (roles, audit outcomes, support categories), in the
 * viewer's language. A code this table does not know is shown as it is.
 */
import type { useTranslations } from "next-intl";

import { ROLES } from "@resq/api/admin-schemas";
import { SUPPORT_CATEGORIES } from "@resq/api/support-schemas";

/** The admin area's translator (useTranslations("admin") or getTranslations("admin")). */
export type AdminT = ReturnType<typeof useTranslations<"admin">>;

const has = <T extends string>(options: readonly T[], value: string): value is T =>
  (options as readonly string[]).includes(value);

const OUTCOMES = ["success", "failure", "denied"] as const;
const CATEGORIES = SUPPORT_CATEGORIES.map((category) => category.value);

/** A role in lower case, as it is written inside a sentence or in brackets: "patient". */
export function roleLabel(t: AdminT, role: string): string {
  return has(ROLES, role) ? t(`roles.${role}`) : role;
}

/** An audit event's outcome: "success", "failure", "denied". */
export function outcomeLabel(t: AdminT, outcome: string): string {
  return has(OUTCOMES, outcome) ? t(`outcomes.${outcome}`) : outcome;
}

/** What a support request is about: "Appointments". */
export function categoryLabel(t: AdminT, category: string): string {
  return has(CATEGORIES, category) ? t(`support.categories.${category}`) : category;
}
