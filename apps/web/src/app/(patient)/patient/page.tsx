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

import { Button } from "@resq/ui/button";

import { dashboardLink, Figure, Panel } from "~/components/dashboard/panel";
import { formatMoney } from "~/components/format";
import { LocalTime } from "~/components/local-time";
import { typeLabel } from "~/components/records/types";
import { api, signedInCaller } from "~/trpc/server";

import { AppointmentCard } from "./appointments/appointment-card";

export const metadata: Metadata = { title: "Dashboard" };

const linkClass = dashboardLink;
const RECENT_RECORDS = 4;

export default async function PatientDashboard() {
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
      <h1 className="text-3xl font-semibold">Welcome, {caller?.name}</h1>

      {offers > 0 ? (
        <p className="rounded-xl border-2 border-primary bg-accent/40 p-4">
          <span className="font-semibold">
            {offers === 1 ? "A time is held for you" : `${offers} times are held for you`} from the
            waitlist.
          </span>{" "}
          <Link href="/patient/waitlist" className={linkClass}>
            Accept or decline
          </Link>
        </p>
      ) : null}

      <section aria-labelledby="next-title" className="grid gap-4">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h2 id="next-title" className="flex items-center gap-2 text-xl font-semibold">
            <CalendarDays aria-hidden="true" className="size-5 text-primary" />
            Next appointments
          </h2>
          <Link href="/patient/appointments" className={linkClass}>
            All your appointments
          </Link>
        </div>
        {next.length === 0 ? (
          <div className="grid justify-items-start gap-3 rounded-xl border p-6">
            <p className="text-muted-foreground">You have no upcoming appointments.</p>
            <Button asChild>
              <Link href="/doctors">Find a doctor and book</Link>
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
            Waitlist
          </h2>
          <p className="text-sm text-muted-foreground">
            {waiting === 0
              ? "You are not waiting for any doctor."
              : waiting === 1
                ? "You are waiting for 1 doctor."
                : `You are waiting for ${waiting} doctors.`}
          </p>
          <Link href="/patient/waitlist" className={linkClass}>
            Your waitlist
          </Link>
        </section>
        <section aria-labelledby="notes-title" className="grid gap-2 rounded-xl border p-4">
          <h2 id="notes-title" className="flex items-center gap-2 text-lg font-semibold">
            <Bell aria-hidden="true" className="size-5 text-primary" />
            Notifications
          </h2>
          <p className="text-sm text-muted-foreground">
            {notes.unread === 0
              ? "Nothing new."
              : notes.unread === 1
                ? "1 unread notification."
                : `${notes.unread} unread notifications.`}
          </p>
          <Link href="/account/notifications" className={linkClass}>
            Your notifications
          </Link>
        </section>
      </div>

      <div className="grid gap-4 sm:grid-cols-2">
        <Panel id="messages" icon={MessageSquare} title="Unread messages">
          <Figure
            value={messages.unread}
            label={messages.unread === 1 ? "unread message" : "unread messages"}
          />
          <p className="text-sm text-muted-foreground">
            {messages.unread === 0
              ? "You are up to date. Write to a doctor you have seen if you have a question."
              : "Your doctors have written to you."}
          </p>
          <Link href="/messages" className={linkClass}>
            {messages.unread === 0 ? "Your messages" : "Read your messages"}
          </Link>
        </Panel>

        <Panel id="balance" icon={Wallet} title="Balance due">
          {figures.balanceDue.length === 0 ? (
            <>
              <Figure value={formatMoney(0, "USD")} label="to pay" />
              <p className="text-sm text-muted-foreground">
                Nothing to pay. Your invoices and receipts stay in billing.
              </p>
            </>
          ) : (
            <ul className="grid gap-1">
              {figures.balanceDue.map((due) => (
                <li key={due.currency}>
                  <Figure
                    value={formatMoney(due.balanceMinor, due.currency)}
                    label={`on ${due.invoices} open ${due.invoices === 1 ? "invoice" : "invoices"}`}
                  />
                </li>
              ))}
            </ul>
          )}
          <Link href="/patient/billing" className={linkClass}>
            {figures.balanceDue.length === 0 ? "Your invoices" : "Pay your invoices"}
          </Link>
        </Panel>
      </div>

      <Panel id="record" icon={FileHeart} title="Recent records">
        {records.items.length === 0 ? (
          <p className="text-sm text-muted-foreground">
            Nothing in your health record yet. Your doctors add diagnoses, medicines, results and
            visit notes after your visits; book a visit to get started.
          </p>
        ) : (
          <ul className="grid gap-2" aria-label="Latest entries, newest first">
            {records.items.map((item) => (
              <li key={`${item.type}-${item.id}`}>
                <Link
                  href={`/patient/records/${item.id}`}
                  className="grid gap-0.5 rounded-md border p-3 text-sm hover:bg-accent focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring"
                >
                  <span className="font-medium">{item.title}</span>
                  <span className="text-muted-foreground">
                    {typeLabel(item.type)} · <LocalTime date={item.recordedAt} />
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        )}
        <Link href="/patient/records" className={linkClass}>
          Your whole health record
        </Link>
      </Panel>

      <Panel id="profile" icon={UserRoundPen} title="Your profile">
        <Figure value={`${figures.profile.percent}%`} label="complete" />
        {figures.profile.missing.length === 0 ? (
          <p className="text-sm text-muted-foreground">
            Your profile is complete. Keep it up to date when your details change.
          </p>
        ) : (
          <p className="text-sm">
            Missing:{" "}
            {new Intl.ListFormat("en", { type: "conjunction" }).format(figures.profile.missing)}.
            Your doctors need these to reach you and to care for you safely.
          </p>
        )}
        <Link href="/patient/support/new" className={linkClass}>
          {figures.profile.missing.length === 0
            ? "Ask us to change your details"
            : "Ask us to complete your profile"}
        </Link>
      </Panel>

      <p className="text-sm">
        <Link href="/account/calendar" className={linkClass}>
          Subscribe to your appointments in your calendar app
        </Link>
      </p>
    </div>
  );
}
