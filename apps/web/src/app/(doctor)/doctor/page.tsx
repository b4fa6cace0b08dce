import {
  CalendarDays,
  CircleAlert,
  CircleCheck,
  ClipboardList,
  Clock,
  FilePen,
  MessageSquare,
  ShieldCheck,
  Users,
} from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";

import { Button } from "@resq/ui/button";

import { dashboardLink, Figure, Panel } from "~/components/dashboard/panel";
import { addDays, dateInZone } from "~/components/format";
import { LocalTime } from "~/components/local-time";
import { api, signedInCaller } from "~/trpc/server";

import { DaySchedule } from "./schedule/day-schedule";
import { dayLabel, startOfDayIn } from "./schedule/range";

export const metadata: Metadata = { title: "Dashboard" };

const INBOX_PAGE = 50;
const linkClass = "text-primary underline underline-offset-4 hover:no-underline";

export default async function DoctorDashboard() {
  const caller = await signedInCaller();
  const trpc = await api();
  const setup = await trpc.practice.onboarding();
  // "Today" is the practice's day, wherever the doctor is reading from.
  const timeZone = setup.practice?.timeZone ?? "UTC";
  const today = dateInZone(new Date(), timeZone);
  const [schedule, inbox, figures] = await Promise.all([
    trpc.appointments.schedule({
      from: startOfDayIn(today, timeZone),
      to: startOfDayIn(addDays(today, 1), timeZone),
    }),
    // Unread conversations come first, the longest waiting first; the largest page counts them.
    trpc.messages.inbox({ archived: false, page: 1, pageSize: INBOX_PAGE }),
    trpc.dashboard.doctor(),
  ]);
  const visits = schedule.items.filter((item) => item.status !== "held");
  const waiting = inbox.items.filter((c) => c.unread > 0);
  const waitingCount = waiting.length === INBOX_PAGE ? `${INBOX_PAGE}+` : waiting.length;
  const done = setup.steps.filter((s) => s.done).length;
  const { status, note } = setup.verification;

  return (
    <div className="grid gap-6">
      <h1 className="text-3xl font-semibold">Welcome, {caller?.name}</h1>

      <Panel id="today" icon={CalendarDays} title="Today's schedule">
        <p className="text-sm text-muted-foreground">
          {dayLabel(today)}, in your practice&apos;s time zone ({schedule.timeZone}).
        </p>
        {visits.length === 0 ? (
          <p className="text-sm">
            No appointments today. Keep your weekly hours open so patients can book you.
          </p>
        ) : (
          <DaySchedule
            date={today}
            isToday
            items={schedule.items}
            timeZone={schedule.timeZone}
            headingLevel={null}
          />
        )}
        <Link href="/doctor/schedule" className={dashboardLink}>
          {visits.length === 0 ? "Your week and opening hours" : "Your whole schedule"}
        </Link>
      </Panel>

      <div className="grid gap-4 sm:grid-cols-2">
        <Panel id="notes" icon={FilePen} title="Notes to sign">
          <Figure
            value={figures.notesToSign.total}
            label={figures.notesToSign.total === 1 ? "draft note" : "draft notes"}
          />
          {figures.notesToSign.items.length === 0 ? (
            <p className="text-sm text-muted-foreground">
              Nothing to sign. Write a treatment note from a patient&apos;s chart after a visit.
            </p>
          ) : (
            <ul className="grid gap-2" aria-label="Draft notes, oldest first">
              {figures.notesToSign.items.map((note) => (
                <li key={note.id}>
                  <Link
                    href={`/doctor/patients/${note.patientId}/records/${note.id}`}
                    className="grid gap-0.5 rounded-md border p-3 text-sm hover:bg-accent focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring"
                  >
                    <span className="font-medium">{note.patientName}</span>
                    <span className="text-muted-foreground">
                      Draft started <LocalTime date={note.createdAt} />
                    </span>
                  </Link>
                </li>
              ))}
            </ul>
          )}
          <Link href="/doctor/patients" className={dashboardLink}>
            Your patients
          </Link>
        </Panel>

        <Panel id="waiting" icon={MessageSquare} title="Messages waiting">
          <Figure
            value={waitingCount}
            label={waiting.length === 1 ? "conversation waiting" : "conversations waiting"}
          />
          {waiting.length === 0 ? (
            <p className="text-sm text-muted-foreground">
              Nobody is waiting for an answer. Patients&apos; new messages appear here.
            </p>
          ) : (
            <ul className="grid gap-2" aria-label="Waiting longest first">
              {waiting.slice(0, 5).map((c) => (
                <li key={c.id}>
                  <Link
                    href={`/messages/${c.id}`}
                    className="grid gap-0.5 rounded-md border p-3 text-sm hover:bg-accent focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring"
                  >
                    <span className="font-medium">
                      {c.counterpartName}: {c.subject}
                    </span>
                    <span className="text-muted-foreground">
                      {c.unread} unread · last <LocalTime date={c.lastMessageAt} />
                    </span>
                  </Link>
                </li>
              ))}
            </ul>
          )}
          <Link href="/messages" className={dashboardLink}>
            All your messages
          </Link>
        </Panel>
      </div>

      <section
        aria-labelledby="status-title"
        className="grid gap-3 rounded-xl border bg-card p-4 shadow-sm sm:p-6"
      >
        <h2 id="status-title" className="flex items-center gap-2 text-xl font-semibold">
          {status === "verified" ? (
            <CircleCheck aria-hidden="true" className="size-5 text-success" />
          ) : status === "rejected" ? (
            <CircleAlert aria-hidden="true" className="size-5 text-destructive" />
          ) : status === "pending" ? (
            <Clock aria-hidden="true" className="size-5" />
          ) : (
            <ClipboardList aria-hidden="true" className="size-5 text-primary" />
          )}
          {status === "verified"
            ? "You are verified"
            : status === "pending"
              ? "Waiting for verification"
              : status === "rejected"
                ? "Changes needed before we can verify you"
                : "Finish setting up your practice"}
        </h2>
        {status === "verified" ? (
          <p>
            Patients can find you in the directory and book your free times.{" "}
            <Link href={`/doctors/${caller?.userId ?? ""}`} className={linkClass}>
              See your public profile
            </Link>
          </p>
        ) : status === "pending" ? (
          <p>An admin is checking your licence. We will email you when it is done.</p>
        ) : status === "rejected" ? (
          <div className="grid gap-2">
            {note ? (
              <p className="rounded-md border border-destructive/50 bg-destructive/10 px-3 py-2">
                <span className="font-medium">What to change: </span>
                {note}
              </p>
            ) : null}
            <p>Fix your profile, then submit it again.</p>
          </div>
        ) : (
          <p>
            {done} of {setup.steps.length} steps done. Patients can book you once your profile is
            complete and verified.
          </p>
        )}
        <div>
          <Button asChild variant={status === "verified" ? "outline" : "default"}>
            <Link href="/doctor/onboarding">
              {status === "draft"
                ? done === 0
                  ? "Start practice setup"
                  : "Continue practice setup"
                : status === "rejected"
                  ? "Fix and resubmit"
                  : "Edit your practice"}
            </Link>
          </Button>
        </div>
      </section>

      <ul className="grid gap-4 sm:grid-cols-2">
        <li>
          <Link
            href="/doctor/patients"
            className="flex h-full gap-3 rounded-xl border p-4 hover:bg-accent focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring"
          >
            <Users aria-hidden="true" className="mt-0.5 size-5 shrink-0 text-primary" />
            <span className="grid gap-1">
              <span className="font-semibold">My patients</span>
              <span className="text-sm text-muted-foreground">
                Charts, treatment notes, prescriptions and results.
              </span>
            </span>
          </Link>
        </li>
        <li>
          <Link
            href="/account/security"
            className="flex h-full gap-3 rounded-xl border p-4 hover:bg-accent focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring"
          >
            <ShieldCheck aria-hidden="true" className="mt-0.5 size-5 shrink-0 text-primary" />
            <span className="grid gap-1">
              <span className="font-semibold">Your security</span>
              <span className="text-sm text-muted-foreground">
                Your password, two-factor sign-in and signed-in devices.
              </span>
            </span>
          </Link>
        </li>
      </ul>
    </div>
  );
}
