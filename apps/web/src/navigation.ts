import type { UserRole } from "@resq/db/schema";

export interface NavItem {
  href: string;
  label: string;
}

/**
 * The main navigation for a visitor or a signed-in role. Each role sees only its own area; the
 * area layouts enforce the same rule on the server, this only decides what is shown.
 */
export function navigationFor(role: UserRole | null): NavItem[] {
  switch (role) {
    case "patient":
      return [{ href: "/patient", label: "Dashboard" }];
    case "doctor":
      return [{ href: "/doctor", label: "Dashboard" }];
    case "admin":
      return [{ href: "/admin", label: "Dashboard" }];
    case null:
      return [
        { href: "/#patients", label: "For patients" },
        { href: "/#providers", label: "For providers" },
        { href: "/#security", label: "Security" },
      ];
  }
}

/** Where a role lands after signing in. */
export function homeFor(role: UserRole): string {
  return `/${role}`;
}
