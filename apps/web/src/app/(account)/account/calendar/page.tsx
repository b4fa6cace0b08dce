import { gateOf } from "@resq/api";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { homeFor } from "~/navigation";
import { api, signedInCaller } from "~/trpc/server";

import { FinishSetUpNotice } from "../finish-set-up";

import { CalendarFeed } from "./calendar-feed";

export const metadata: Metadata = { title: "Calendar subscription" };

export default async function CalendarPage() {
  const caller = await signedInCaller();
  if (!caller || caller.role === "admin") notFound();
  const ready = gateOf(caller) === "full";
  const feed = ready ? await (await api()).calendar.feed() : null;

  return (
    <div className="grid gap-6">
      <div className="grid gap-2">
        <p className="text-sm">
          <Link href={homeFor(caller.role)} className="text-primary underline underline-offset-4">
            Back to your dashboard
          </Link>
        </p>
        <h1 className="text-3xl font-semibold">Calendar subscription</h1>
        <p className="text-muted-foreground">
          Subscribe from your calendar app (Google Calendar, Apple Calendar, Outlook…) and your RESQ
          appointments appear there and stay up to date: new bookings, moves and cancellations. The
          link is private: anyone who has it can see your appointment times, so do not share it. You
          can revoke it at any time.
        </p>
      </div>
      {feed ? <CalendarFeed initialFeed={feed} role={caller.role} /> : <FinishSetUpNotice />}
    </div>
  );
}
