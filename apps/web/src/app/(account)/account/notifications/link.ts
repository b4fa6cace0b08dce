import type { UserRole } from "@resq/db/schema";

import { safeNextPath } from "~/navigation";

/**
 * Where a notification's link leads for this role: the API links appointments as
 * "/appointments/{id}", which lives in the patient's or the doctor's area.
 */
export function notificationHref(link: string | null, role: UserRole): string | null {
  if (!link) return null;
  const appointment = /^\/appointments\/([0-9a-f-]{36})$/i.exec(link);
  if (appointment) return role === "admin" ? null : `/${role}/appointments/${appointment[1]}`;
  return safeNextPath(link);
}
