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

import { dashboardLink } from "~/components/dashboard/panel";
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

/** A key figure that links to the queue or page where it is acted on. */
function FigureLink({
  href,
  value,
  label,
  next,
}: {
  href: string;
  value: number;
  label: string;
  next: string;
}) {
  return (
    <li>
      <Link
        href={href}
        className="grid h-full gap-1 rounded-xl border p-4 hover:bg-accent focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring"
      >
        <span className="text-3xl font-semibold tabular-nums">{value}</span>{" "}
        <span className="font-medium">{label}</span>{" "}
        <span className="text-sm text-muted-foreground">{next}</span>
      </Link>
    </li>
  );
}

export default async function AdminDashboard() {
  const caller = await signedInCaller();
  const figures = await (await api()).dashboard.admin();
  const { usersByRole: byRole } = figures;
  const waiting = figures.doctorsAwaitingVerification;
  return (
    <div className="grid gap-8">
      <h1 className="text-3xl font-semibold">Welcome, {caller?.name}</h1>

      <section aria-labelledby="queues-title" className="grid gap-4">
        <h2 id="queues-title" className="text-xl font-semibold">
          Queues
        </h2>
        <ul className="grid gap-4 sm:grid-cols-3">
          <FigureLink
            href="/admin/verification"
            value={waiting}
            label={waiting === 1 ? "Doctor awaiting verification" : "Doctors awaiting verification"}
            next={
              waiting === 0
                ? "Nobody is waiting. New requests appear here."
                : "Review their licences."
            }
          />
          <FigureLink
            href="/admin/support"
            value={figures.openSupportRequests}
            label={
              figures.openSupportRequests === 1 ? "Open support request" : "Open support requests"
            }
            next={
              figures.openSupportRequests === 0
                ? "All answered. New requests appear here."
                : "Answer the longest waiting first."
            }
          />
          <FigureLink
            href="/admin/mailbox"
            value={figures.failedEmails}
            label={figures.failedEmails === 1 ? "Failed email" : "Failed emails"}
            next={
              figures.failedEmails === 0
                ? "Every email went out."
                : "Check the mailbox and the email settings."
            }
          />
        </ul>
      </section>

      <section aria-labelledby="figures-title" className="grid gap-4">
        <h2 id="figures-title" className="text-xl font-semibold">
          Key figures
        </h2>
        <dl className="grid grid-cols-2 gap-4 sm:grid-cols-4">
          {(
            [
              ["Patients", byRole.patient],
              ["Doctors", byRole.doctor],
              ["Admins", byRole.admin],
              ["Bookings today (UTC)", figures.bookingsToday],
            ] as const
          ).map(([label, value]) => (
            <div key={label} className="grid gap-1 rounded-xl border p-4">
              <dt className="text-sm text-muted-foreground">{label}</dt>
              <dd className="text-3xl font-semibold tabular-nums">{value}</dd>
            </div>
          ))}
        </dl>
        <p className="text-sm">
          <Link href="/admin/users" className={dashboardLink}>
            Manage users
          </Link>{" "}
          ·{" "}
          <Link href="/admin/analytics" className={dashboardLink}>
            Trends in analytics
          </Link>
        </p>
      </section>

      <section aria-labelledby="areas-title" className="grid gap-4">
        <h2 id="areas-title" className="text-xl font-semibold">
          Every area
        </h2>
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
                </span>
              </Link>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
