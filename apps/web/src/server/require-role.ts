import "server-only";

import { notFound, redirect } from "next/navigation";

import { gateOf, type Caller } from "@resq/api";
import type { UserRole } from "@resq/db/schema";

import { signedInCaller } from "~/trpc/server";

/**
 * Where a signed-in caller who is still at a sign-in gate must go first, or null when fully signed
 * in. `returnTo` is carried through the second-factor step so they land where they were going.
 */
export function gatePage(caller: Caller, returnTo?: string): string | null {
  switch (gateOf(caller)) {
    case "pendingSecondFactor":
      return returnTo
        ? `/sign-in/two-factor?next=${encodeURIComponent(returnTo)}`
        : "/sign-in/two-factor";
    case "unverifiedEmail":
      return `/verify-email?email=${encodeURIComponent(caller.email)}`;
    case "mfaEnrolmentRequired":
      return "/account/security?enrol=1";
    case "full":
      return null;
  }
}

/**
 * Guards an area layout: visitors are sent to sign in and brought back; a signed-in user of another
 * role gets "not found", so the area's existence does not leak (design.md invariant 4); a user of
 * the right role who has not finished signing in (second factor, email, required MFA set-up) is
 * sent to that step.
 */
export async function requireRole(role: UserRole, returnTo: string): Promise<Caller> {
  const caller = await signedInCaller();
  if (!caller) redirect(`/sign-in?next=${encodeURIComponent(returnTo)}`);
  if (caller.role !== role) notFound();
  const pending = gatePage(caller, returnTo);
  if (pending) redirect(pending);
  return caller;
}
