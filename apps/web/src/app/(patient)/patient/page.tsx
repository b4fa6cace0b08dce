import { Bell, CalendarDays, FileHeart, Hourglass } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";

import { Button } from "@resq/ui/button";

import { api, signedInCaller } from "~/trpc/server";

import { AppointmentCard } from "./appointments/appointment-card";

export const metadata: Metadata = { title: "Dashboard" };

const linkClass = "font-medium text-primary underline underline-offset-4 hover:no-underline";

export default async function PatientDashboard() {
  const caller = await signedInCaller();
  const trpc = await api();
  const [upcoming, waitlist, notes] = await Promise.all([
    trpc.appointments.mine({ scope: "upcoming", page: 1, pageSize: 20 }),
    trpc.waitlist.mine(),
    trpc.notifications.unreadCount(),
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

      <section aria-labelledby="record-title" className="grid gap-2 rounded-xl border p-4">
        <h2 id="record-title" className="flex items-center gap-2 text-lg font-semibold">
          <FileHeart aria-hidden="true" className="size-5 text-primary" />
          Health record
        </h2>
        <p className="text-sm text-muted-foreground">
          Your diagnoses, medicines, lab results and visit notes, and who viewed them.
        </p>
        <Link href="/patient/records" className={linkClass}>
          Your health record
        </Link>
      </section>

      <p className="text-sm">
        <Link href="/account/calendar" className={linkClass}>
          Subscribe to your appointments in your calendar app
        </Link>
      </p>
    </div>
  );
}
