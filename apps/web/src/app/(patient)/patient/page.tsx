import {
  Bell,
  CalendarDays,
  FileHeart,
  Hourglass,
  MessageSquare,
  UserRoundPen,
  Wallet,
} from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";

import { Button } from "@resq/ui/button";

import { dashboardLink, Figure, Panel } from "~/components/dashboard/panel";
import { formatMoney } from "~/components/format";
import { LocalTime } from "~/components/local-time";
import { typeText } from "~/components/records/types";
import { api, signedInCaller } from "~/trpc/server";

import { AppointmentCard } from "./appointments/appointment-card";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("patient.dashboard");
  return { title: t("metaTitle") };
}

const linkClass = dashboardLink;
const RECENT_RECORDS = 4;

/** The parts of a profile the API names (PROFILE_PARTS), as message keys. */
const PROFILE_PART_KEYS = {
  "date of birth": "dateOfBirth",
  "phone number": "phone",
  address: "address",
  "emergency contact": "emergencyContact",
  "time zone": "timeZone",
} as const;

export default async function PatientDashboard() {
  const t = await getTranslations("patient.dashboard");
  const tr = await getTranslations("records");
  const locale = await getLocale();
  const caller = await signedInCaller();
  const trpc = await api();
  const [upcoming, waitlist, notes, records, messages, figures] = await Promise.all([
    trpc.appointments.mine({ scope: "upcoming", page: 1, pageSize: 20 }),
    trpc.waitlist.mine(),
    trpc.notifications.unreadCount(),
    trpc.records.timeline({ page: 1, pageSize: RECENT_RECORDS }),
    trpc.messages.unreadTotal(),
    trpc.dashboard.patient(),
  ]);
  const now = new Date();
  const next = upcoming.filter((a) => a.status === "booked" || a.status === "held").slice(0, 3);
  const offers = waitlist.filter((entry) => entry.offer).length;
  const waiting = waitlist.filter((e) => e.status === "waiting" || e.status === "offered").length;

  return (
    <div className="grid gap-8">
      <h1 className="text-3xl font-semibold">{t("welcome", { name: caller?.name ?? "" })}</h1>

      {offers > 0 ? (
        <p className="rounded-xl border-2 border-primary bg-accent/40 p-4">
          <span className="font-semibold">{t("offersHeld", { count: offers })}</span>{" "}
          <Link href="/patient/waitlist" className={linkClass}>
            {t("acceptOrDecline")}
          </Link>
        </p>
      ) : null}

      <section aria-labelledby="next-title" className="grid gap-4">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h2 id="next-title" className="flex items-center gap-2 text-xl font-semibold">
            <CalendarDays aria-hidden="true" className="size-5 text-primary" />
            {t("next.title")}
          </h2>
          <Link href="/patient/appointments" className={linkClass}>
            {t("next.all")}
          </Link>
        </div>
        {next.length === 0 ? (
          <div className="grid justify-items-start gap-3 rounded-xl border p-6">
            <p className="text-muted-foreground">{t("next.empty")}</p>
            <Button asChild>
              <Link href="/doctors">{t("next.findAndBook")}</Link>
            </Button>
          </div>
        ) : (
          <ul className="grid gap-4">
            {next.map((appointment) => (
              <li key={appointment.id}>
                <AppointmentCard appointment={appointment} now={now} />
              </li>
            ))}
          </ul>
        )}
      </section>

      <div className="grid gap-4 sm:grid-cols-2">
        <section aria-labelledby="waitlist-title" className="grid gap-2 rounded-xl border p-4">
          <h2 id="waitlist-title" className="flex items-center gap-2 text-lg font-semibold">
            <Hourglass aria-hidden="true" className="size-5 text-primary" />
            {t("waitlist.title")}
          </h2>
          <p className="text-sm text-muted-foreground">
            {t("waitlist.waiting", { count: waiting })}
          </p>
          <Link href="/patient/waitlist" className={linkClass}>
            {t("waitlist.link")}
          </Link>
        </section>
        <section aria-labelledby="notes-title" className="grid gap-2 rounded-xl border p-4">
          <h2 id="notes-title" className="flex items-center gap-2 text-lg font-semibold">
            <Bell aria-hidden="true" className="size-5 text-primary" />
            {t("notifications.title")}
          </h2>
          <p className="text-sm text-muted-foreground">
            {t("notifications.unread", { count: notes.unread })}
          </p>
          <Link href="/account/notifications" className={linkClass}>
            {t("notifications.link")}
          </Link>
        </section>
      </div>

      <div className="grid gap-4 sm:grid-cols-2">
        <Panel id="messages" icon={MessageSquare} title={t("messages.title")}>
          <Figure
            value={messages.unread}
            label={t("messages.figure", { count: messages.unread })}
          />
          <p className="text-sm text-muted-foreground">
            {messages.unread === 0 ? t("messages.upToDate") : t("messages.written")}
          </p>
          <Link href="/messages" className={linkClass}>
            {messages.unread === 0 ? t("messages.link") : t("messages.read")}
          </Link>
        </Panel>

        <Panel id="balance" icon={Wallet} title={t("balance.title")}>
          {figures.balanceDue.length === 0 ? (
            <>
              <Figure value={formatMoney(0, "USD", locale)} label={t("balance.toPay")} />
              <p className="text-sm text-muted-foreground">{t("balance.nothing")}</p>
            </>
          ) : (
            <ul className="grid gap-1">
              {figures.balanceDue.map((due) => (
                <li key={due.currency}>
                  <Figure
                    value={formatMoney(due.balanceMinor, due.currency, locale)}
                    label={t("balance.onInvoices", { count: due.invoices })}
                  />
                </li>
              ))}
            </ul>
          )}
          <Link href="/patient/billing" className={linkClass}>
            {figures.balanceDue.length === 0 ? t("balance.invoices") : t("balance.pay")}
          </Link>
        </Panel>
      </div>

      <Panel id="record" icon={FileHeart} title={t("records.title")}>
        {records.items.length === 0 ? (
          <p className="text-sm text-muted-foreground">{t("records.empty")}</p>
        ) : (
          <ul className="grid gap-2" aria-label={t("records.listLabel")}>
            {records.items.map((item) => (
              <li key={`${item.type}-${item.id}`}>
                <Link
                  href={`/patient/records/${item.id}`}
                  className="grid gap-0.5 rounded-md border p-3 text-sm hover:bg-accent focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring"
                >
                  <span className="font-medium">{item.title}</span>
                  <span className="text-muted-foreground">
                    {typeText(tr, item.type)} · <LocalTime date={item.recordedAt} />
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        )}
        <Link href="/patient/records" className={linkClass}>
          {t("records.link")}
        </Link>
      </Panel>

      <Panel id="profile" icon={UserRoundPen} title={t("profile.title")}>
        <Figure
          value={new Intl.NumberFormat(locale, { style: "percent" }).format(
            figures.profile.percent / 100,
          )}
          label={t("profile.complete")}
        />
        {figures.profile.missing.length === 0 ? (
          <p className="text-sm text-muted-foreground">{t("profile.completeText")}</p>
        ) : (
          <p className="text-sm">
            {t("profile.missing", {
              parts: new Intl.ListFormat(locale, { type: "conjunction" }).format(
                figures.profile.missing.map((part) =>
                  t(`profile.parts.${PROFILE_PART_KEYS[part]}`),
                ),
              ),
            })}
          </p>
        )}
        <Link href="/patient/profile" className={linkClass}>
          {figures.profile.missing.length === 0 ? t("profile.edit") : t("profile.completeLink")}
        </Link>
      </Panel>

      <p className="text-sm">
        <Link href="/account/calendar" className={linkClass}>
          {t("subscribeCalendar")}
        </Link>
      </p>
    </div>
  );
}
