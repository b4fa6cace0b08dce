import "server-only";

import { notFound, redirect } from "next/navigation";

import type { Caller } from "@resq/api";
import type { UserRole } from "@resq/db/schema";

import { signedInCaller } from "~/trpc/server";

/**
 * Guards an area layout: visitors are sent to sign in and brought back; a signed-in user of another
 * role gets "not found", so the area's existence does not leak (design.md invariant 4).
 */
export async function requireRole(role: UserRole, returnTo: string): Promise<Caller> {
  const caller = await signedInCaller();
  if (!caller) redirect(`/sign-in?next=${encodeURIComponent(returnTo)}`);
  if (caller.role !== role) notFound();
  return caller;
}
