import type { UserRole } from "@resq/db/schema";

export interface NavItem {
  href: string;
  label: string;
}

/**
 * The main navigation for a visitor or a signed-in role. Each role sees only its own area (and
 * those who book, the public directory); the area layouts enforce the same rule on the server,
 * this only decides what is shown.
 */
export function navigationFor(role: UserRole | null): NavItem[] {
  switch (role) {
    case "patient":
      return [
        { href: "/patient", label: "Dashboard" },
        { href: "/patient/records", label: "Health record" },
        { href: "/messages", label: "Messages" },
        { href: "/patient/billing", label: "Billing" },
        { href: "/doctors", label: "Find a doctor" },
        { href: "/patient/support", label: "Support" },
      ];
    case "doctor":
      return [
        { href: "/doctor", label: "Dashboard" },
        { href: "/doctor/patients", label: "My patients" },
        { href: "/messages", label: "Messages" },
        { href: "/doctor/billing", label: "Billing" },
        { href: "/doctor/onboarding", label: "Practice setup" },
        { href: "/doctor/support", label: "Support" },
      ];
    case "admin":
      return [
        { href: "/admin", label: "Dashboard" },
        { href: "/admin/verification", label: "Verification" },
        { href: "/admin/mailbox", label: "Mailbox" },
        { href: "/admin/users", label: "Users" },
        { href: "/admin/audit", label: "Audit log" },
        { href: "/admin/settings", label: "Settings" },
        { href: "/admin/analytics", label: "Analytics" },
        { href: "/admin/support", label: "Support" },
        { href: "/admin/billing", label: "Payments" },
      ];
    case null:
      return [
        { href: "/doctors", label: "Find a doctor" },
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

/**
 * A `?next=` return path, if it is safe to follow: a path on this site ("/patient"), never another
 * origin ("//evil.example", "https://…", "/\\evil.example") and never a control character.
 * Anything else gives null, and the caller falls back to the role's home.
 */
export function safeNextPath(next: string | null | undefined): string | null {
  if (!next || next.length > 2048) return null;
  if (!next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")) return null;
  // Browsers treat backslashes as slashes and drop tabs/newlines, so "/\t/evil" could become "//evil".
  for (const char of next) {
    const code = char.charCodeAt(0);
    if (char === "\\" || code < 0x20 || code === 0x7f) return null;
  }
  return next;
}

/** Where to go after a completed sign-in: the safe `next` path, else the role's home. */
export function afterSignIn(role: UserRole, next: string | null | undefined): string {
  return safeNextPath(next) ?? homeFor(role);
}
