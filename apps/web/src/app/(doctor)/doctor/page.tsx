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
import { getLocale, getTranslations } from "next-intl/server";

import { Button } from "@resq/ui/button";

import { dashboardLink, Figure, Panel } from "~/components/dashboard/panel";
import { addDays, dateInZone } from "~/components/format";
import { LocalTime } from "~/components/local-time";
import { api, signedInCaller } from "~/trpc/server";

import { DaySchedule } from "./schedule/day-schedule";
import { dayTitle, startOfDayIn } from "./schedule/range";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("doctor.dashboard");
  return { title: t("metaTitle") };
}

const INBOX_PAGE = 50;
const linkClass = "text-primary underline underline-offset-4 hover:no-underline";

export default async function DoctorDashboard() {
  const caller = await signedInCaller();
  const t = await getTranslations("doctor.dashboard");
  const locale = await getLocale();
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
      <h1 className="text-3xl font-semibold">{t("welcome", { name: caller?.name ?? "" })}</h1>

      <Panel id="today" icon={CalendarDays} title={t("today.title")}>
        <p className="text-sm text-muted-foreground">
          {t("today.inZone", { day: dayTitle(today, locale), timeZone: schedule.timeZone })}
        </p>
        {visits.length === 0 ? (
          <p className="text-sm">{t("today.empty")}</p>
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
          {visits.length === 0 ? t("today.weekLink") : t("today.scheduleLink")}
        </Link>
      </Panel>

      <div className="grid gap-4 sm:grid-cols-2">
        <Panel id="notes" icon={FilePen} title={t("notes.title")}>
          <Figure
            value={figures.notesToSign.total}
            label={t("notes.figure", { count: figures.notesToSign.total })}
          />
          {figures.notesToSign.items.length === 0 ? (
            <p className="text-sm text-muted-foreground">{t("notes.empty")}</p>
          ) : (
            <ul className="grid gap-2" aria-label={t("notes.listLabel")}>
              {figures.notesToSign.items.map((note) => (
                <li key={note.id}>
                  <Link
                    href={`/doctor/patients/${note.patientId}/records/${note.id}`}
                    className="grid gap-0.5 rounded-md border p-3 text-sm hover:bg-accent focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring"
                  >
                    <span className="font-medium">{note.patientName}</span>
                    <span className="text-muted-foreground">
                      {t.rich("notes.draftStarted", {
                        time: () => <LocalTime date={note.createdAt} />,
                      })}
                    </span>
                  </Link>
                </li>
              ))}
            </ul>
          )}
          <Link href="/doctor/patients" className={dashboardLink}>
            {t("notes.patientsLink")}
          </Link>
        </Panel>

        <Panel id="waiting" icon={MessageSquare} title={t("waiting.title")}>
          <Figure value={waitingCount} label={t("waiting.figure", { count: waiting.length })} />
          {waiting.length === 0 ? (
            <p className="text-sm text-muted-foreground">{t("waiting.empty")}</p>
          ) : (
            <ul className="grid gap-2" aria-label={t("waiting.listLabel")}>
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
                      {t.rich("waiting.item", {
                        unread: c.unread,
                        time: () => <LocalTime date={c.lastMessageAt} />,
                      })}
                    </span>
                  </Link>
                </li>
              ))}
            </ul>
          )}
          <Link href="/messages" className={dashboardLink}>
            {t("waiting.allLink")}
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
            ? t("status.verifiedTitle")
            : status === "pending"
              ? t("status.pendingTitle")
              : status === "rejected"
                ? t("status.rejectedTitle")
                : t("status.draftTitle")}
        </h2>
        {status === "verified" ? (
          <p>
            {t("status.verifiedText")}{" "}
            <Link href={`/doctors/${caller?.userId ?? ""}`} className={linkClass}>
              {t("status.publicProfile")}
            </Link>
          </p>
        ) : status === "pending" ? (
          <p>{t("status.pendingText")}</p>
        ) : status === "rejected" ? (
          <div className="grid gap-2">
            {note ? (
              <p className="rounded-md border border-destructive/50 bg-destructive/10 px-3 py-2">
                <span className="font-medium">{t("status.whatToChange")} </span>
                {note}
              </p>
            ) : null}
            <p>{t("status.rejectedText")}</p>
          </div>
        ) : (
          <p>{t("status.draftText", { done, total: setup.steps.length })}</p>
        )}
        <div>
          <Button asChild variant={status === "verified" ? "outline" : "default"}>
            <Link href="/doctor/onboarding">
              {status === "draft"
                ? done === 0
                  ? t("status.start")
                  : t("status.continue")
                : status === "rejected"
                  ? t("status.fix")
                  : t("status.edit")}
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
              <span className="font-semibold">{t("links.patientsTitle")}</span>
              <span className="text-sm text-muted-foreground">{t("links.patientsText")}</span>
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
              <span className="font-semibold">{t("links.securityTitle")}</span>
              <span className="text-sm text-muted-foreground">{t("links.securityText")}</span>
            </span>
          </Link>
        </li>
      </ul>
    </div>
  );
}
