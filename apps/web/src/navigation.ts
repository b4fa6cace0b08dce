import type { UserRole } from "@resq/db/schema";

import type { Messages } from "./i18n/catalogue";

/** A navigation label's key in the catalogue (common.nav.items); the header translates it. */
export type NavLabel = keyof Messages["common"]["nav"]["items"];

export interface NavItem {
  href: string;
  label: NavLabel;
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
        { href: "/patient", label: "dashboard" },
        { href: "/patient/records", label: "healthRecord" },
        { href: "/messages", label: "messages" },
        { href: "/patient/billing", label: "billing" },
        { href: "/doctors", label: "findDoctor" },
        { href: "/patient/profile", label: "profile" },
        { href: "/patient/support", label: "support" },
      ];
    case "doctor":
      return [
        { href: "/doctor", label: "dashboard" },
        { href: "/doctor/patients", label: "myPatients" },
        { href: "/messages", label: "messages" },
        { href: "/doctor/billing", label: "billing" },
        { href: "/doctor/onboarding", label: "practiceSetup" },
        { href: "/doctor/support", label: "support" },
      ];
    case "admin":
      return [
        { href: "/admin", label: "dashboard" },
        { href: "/admin/verification", label: "verification" },
        { href: "/admin/mailbox", label: "mailbox" },
        { href: "/admin/users", label: "users" },
        { href: "/admin/audit", label: "auditLog" },
        { href: "/admin/settings", label: "settings" },
        { href: "/admin/analytics", label: "analytics" },
        { href: "/admin/support", label: "support" },
        { href: "/admin/billing", label: "payments" },
      ];
    case null:
      return [
        { href: "/doctors", label: "findDoctor" },
        { href: "/#patients", label: "forPatients" },
        { href: "/#providers", label: "forProviders" },
        { href: "/#security", label: "security" },
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
