import type { UserRole } from "@resq/db/schema";

import { afterSignIn, safeNextPath } from "~/navigation";

/** The sign-in steps the API can ask for next (auth.signIn, auth.verifyEmail). */
export type SignInNextStep = "second-factor" | "verify-email" | "enrol-mfa" | "home";

/** The page for the next sign-in step; `next` (a safe same-site path) is kept for the end. */
export function pathAfterSignInStep(
  step: SignInNextStep,
  role: UserRole,
  email: string,
  next: string | null,
): string {
  const safeNext = safeNextPath(next);
  switch (step) {
    case "second-factor":
      return safeNext
        ? `/sign-in/two-factor?next=${encodeURIComponent(safeNext)}`
        : "/sign-in/two-factor";
    case "verify-email":
      return `/verify-email?email=${encodeURIComponent(email)}`;
    case "enrol-mfa":
      return "/account/security?enrol=1";
    case "home":
      return afterSignIn(role, safeNext);
  }
}
