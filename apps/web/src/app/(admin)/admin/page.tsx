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
import { getTranslations } from "next-intl/server";
import Link from "next/link";

import { dashboardLink } from "~/components/dashboard/panel";
import { api, signedInCaller } from "~/trpc/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin");
  return { title: t("dashboard.metaTitle") };
}

const links = [
  {
    href: "/admin/verification",
    icon: BadgeCheck,
    area: "verification",
  },
  {
    href: "/admin/mailbox",
    icon: Inbox,
    area: "mailbox",
  },
  {
    href: "/admin/users",
    icon: Users,
    area: "users",
  },
  {
    href: "/admin/audit",
    icon: ScrollText,
    area: "audit",
  },
  {
    href: "/admin/settings",
    icon: Settings,
    area: "settings",
  },
  {
    href: "/admin/analytics",
    icon: ChartLine,
    area: "analytics",
  },
  {
    href: "/admin/support",
    icon: LifeBuoy,
    area: "support",
  },
  {
    href: "/admin/billing",
    icon: CreditCard,
    area: "billing",
  },
  {
    href: "/account/security",
    icon: ShieldCheck,
    area: "security",
  },
] as const;

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
  const t = await getTranslations("admin");
  const caller = await signedInCaller();
  const figures = await (await api()).dashboard.admin();
  const { usersByRole: byRole } = figures;
  const waiting = figures.doctorsAwaitingVerification;
  return (
    <div className="grid gap-8">
      <h1 className="text-3xl font-semibold">
        {t("dashboard.welcome", { name: caller?.name ?? "" })}
      </h1>

      <section aria-labelledby="queues-title" className="grid gap-4">
        <h2 id="queues-title" className="text-xl font-semibold">
          {t("dashboard.queues")}
        </h2>
        <ul className="grid gap-4 sm:grid-cols-3">
          <FigureLink
            href="/admin/verification"
            value={waiting}
            label={t("dashboard.awaitingVerification", { count: waiting })}
            next={waiting === 0 ? t("dashboard.nobodyWaiting") : t("dashboard.reviewLicences")}
          />
          <FigureLink
            href="/admin/support"
            value={figures.openSupportRequests}
            label={t("dashboard.openSupport", { count: figures.openSupportRequests })}
            next={
              figures.openSupportRequests === 0
                ? t("dashboard.allAnswered")
                : t("dashboard.answerOldest")
            }
          />
          <FigureLink
            href="/admin/mailbox"
            value={figures.failedEmails}
            label={t("dashboard.failedEmails", { count: figures.failedEmails })}
            next={
              figures.failedEmails === 0
                ? t("dashboard.everyEmailSent")
                : t("dashboard.checkMailbox")
            }
          />
        </ul>
      </section>

      <section aria-labelledby="figures-title" className="grid gap-4">
        <h2 id="figures-title" className="text-xl font-semibold">
          {t("dashboard.keyFigures")}
        </h2>
        <dl className="grid grid-cols-2 gap-4 sm:grid-cols-4">
          {(
            [
              ["patients", byRole.patient],
              ["doctors", byRole.doctor],
              ["admins", byRole.admin],
              ["bookingsToday", figures.bookingsToday],
            ] as const
          ).map(([label, value]) => (
            <div key={label} className="grid gap-1 rounded-xl border p-4">
              <dt className="text-sm text-muted-foreground">{t(`dashboard.${label}`)}</dt>
              <dd className="text-3xl font-semibold tabular-nums">{value}</dd>
            </div>
          ))}
        </dl>
        <p className="text-sm">
          <Link href="/admin/users" className={dashboardLink}>
            {t("dashboard.manageUsers")}
          </Link>{" "}
          ·{" "}
          <Link href="/admin/analytics" className={dashboardLink}>
            {t("dashboard.trends")}
          </Link>
        </p>
      </section>

      <section aria-labelledby="areas-title" className="grid gap-4">
        <h2 id="areas-title" className="text-xl font-semibold">
          {t("dashboard.everyArea")}
        </h2>
        <ul className="grid gap-4 sm:grid-cols-2">
          {links.map(({ href, icon: Icon, area }) => (
            <li key={href}>
              <Link
                href={href}
                className="flex h-full gap-3 rounded-xl border p-4 hover:bg-accent focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring"
              >
                <Icon aria-hidden="true" className="mt-0.5 size-5 shrink-0 text-primary" />
                <span className="grid gap-1">
                  <span className="font-semibold">{t(`dashboard.areas.${area}.title`)}</span>
                  <span className="text-sm text-muted-foreground">
                    {t(`dashboard.areas.${area}.text`)}
                  </span>
                </span>
              </Link>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
