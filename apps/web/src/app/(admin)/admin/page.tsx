import {
  BadgeCheck,
  ChartLine,
  CreditCard,
  Inbox,
  LifeBuoy,
  ScrollText,
  Settings,
  ShieldCheck,
  Users,
} from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";

import { api, signedInCaller } from "~/trpc/server";

export const metadata: Metadata = { title: "Dashboard" };

const links = [
  {
    href: "/admin/verification",
    icon: BadgeCheck,
    title: "Doctor verification",
    text: "Review new doctors' licences and approve or reject them before they are listed.",
  },
  {
    href: "/admin/mailbox",
    icon: Inbox,
    title: "Mailbox",
    text: "Every email RESQ has sent or queued: verification codes, reset links, security notices.",
  },
  {
    href: "/admin/users",
    icon: Users,
    title: "Users",
    text: "Find, invite, correct, suspend or delete accounts of patients, doctors and admins.",
  },
  {
    href: "/admin/audit",
    icon: ScrollText,
    title: "Audit log",
    text: "Who did what and when; filter, export as CSV and verify the tamper-evident chain.",
  },
  {
    href: "/admin/settings",
    icon: Settings,
    title: "System settings",
    text: "Platform name, session limits, two-factor rules, booking defaults, attachments, banner.",
  },
  {
    href: "/admin/analytics",
    icon: ChartLine,
    title: "Analytics",
    text: "Sign-ups, active users, bookings, messages, feature adoption and support, by date range.",
  },
  {
    href: "/admin/support",
    icon: LifeBuoy,
    title: "Support requests",
    text: "Answer, assign and close requests from patients and doctors, the longest waiting first.",
  },
  {
    href: "/admin/billing",
    icon: CreditCard,
    title: "Payments",
    text: "Payments taken by every practice, and refunds in part or in full, with a reason.",
  },
  {
    href: "/account/security",
    icon: ShieldCheck,
    title: "Your security",
    text: "Your password, two-factor sign-in and signed-in devices.",
  },
];

export default async function AdminDashboard() {
  const caller = await signedInCaller();
  const waiting = (await (await api()).verification.queue({ status: "pending", pageSize: 1 }))
    .total;
  return (
    <div className="grid gap-6">
      <h1 className="text-3xl font-semibold">Welcome, {caller?.name}</h1>
      <ul className="grid gap-4 sm:grid-cols-2">
        {links.map(({ href, icon: Icon, title, text }) => (
          <li key={href}>
            <Link
              href={href}
              className="flex h-full gap-3 rounded-xl border p-4 hover:bg-accent focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring"
            >
              <Icon aria-hidden="true" className="mt-0.5 size-5 shrink-0 text-primary" />
              <span className="grid gap-1">
                <span className="font-semibold">{title}</span>
                <span className="text-sm text-muted-foreground">{text}</span>
                {href === "/admin/verification" ? (
                  <span className="text-sm font-medium">
                    {waiting === 0
                      ? "Nobody is waiting."
                      : `${waiting} ${waiting === 1 ? "doctor is" : "doctors are"} waiting.`}
                  </span>
                ) : null}
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
