"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { inferRouterOutputs } from "@trpc/server";
import Link from "next/link";
import { toast } from "sonner";

import type { AppRouter } from "@resq/api";
import { Badge, type BadgeProps } from "@resq/ui/badge";
import { Button } from "@resq/ui/button";

import { apiProblem } from "~/components/api-problem";
import { ConfirmDialog } from "~/components/confirm-dialog";
import { useTRPC } from "~/trpc/react";

import { OfferCard } from "./offer-card";

export type WaitlistEntry = inferRouterOutputs<AppRouter>["waitlist"]["mine"][number];
type Status = WaitlistEntry["status"];

const STATUS: Record<Status, { label: string; variant: BadgeProps["variant"] }> = {
  waiting: { label: "Waiting", variant: "secondary" },
  offered: { label: "Time offered", variant: "warning" },
  booked: { label: "Booked", variant: "success" },
  left: { label: "Left", variant: "outline" },
  expired: { label: "Ended", variant: "outline" },
};

/** "2 Mar 2026" for a "YYYY-MM-DD" date (a calendar date: no time zone involved). */
function calendarDate(date: string): string {
  return new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "UTC" }).format(
    new Date(`${date}T00:00:00Z`),
  );
}

/** The patient's waitlist entries, refreshed every 15 seconds so a new offer shows up by itself. */
export function WaitlistEntries({ initialEntries }: { initialEntries: WaitlistEntry[] }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const entries = useQuery(
    trpc.waitlist.mine.queryOptions(undefined, {
      initialData: initialEntries,
      refetchInterval: 15_000,
    }),
  ).data;
  const leave = useMutation(trpc.waitlist.leave.mutationOptions());
  const offers = entries.filter((entry) => entry.offer);
  const active = entries.filter(
    (entry) => entry.status === "waiting" || entry.status === "offered",
  );
  const ended = entries.filter((entry) => !active.includes(entry));

  async function refresh() {
    await queryClient.invalidateQueries(trpc.waitlist.mine.queryFilter());
  }

  async function leaveEntry(entry: WaitlistEntry) {
    try {
      await leave.mutateAsync({ id: entry.id });
      toast.success(`You left the waitlist for ${entry.doctorName}.`);
    } catch (error) {
      toast.error(apiProblem(error).message);
    }
    await refresh();
  }

  const row = (entry: WaitlistEntry) => (
    <li
      key={entry.id}
      className="flex flex-col gap-3 rounded-md border p-3 sm:flex-row sm:items-center sm:justify-between"
      data-testid="waitlist-entry"
    >
      <div className="grid gap-1 text-sm">
        <p className="flex flex-wrap items-center gap-2 font-medium">
          {entry.serviceName} with {entry.doctorName}
          <Badge variant={STATUS[entry.status].variant}>{STATUS[entry.status].label}</Badge>
        </p>
        <p className="text-muted-foreground">
          Any time from {calendarDate(entry.fromDate)} to {calendarDate(entry.toDate)}
        </p>
      </div>
      {entry.status === "waiting" || entry.status === "offered" ? (
        <ConfirmDialog
          trigger={
            <>
              Leave waitlist<span className="sr-only"> for {entry.doctorName}</span>
            </>
          }
          title="Leave this waitlist?"
          description={
            entry.offer
              ? "The time held for you is released and offered to the next patient."
              : "You will not be offered times that free up with this doctor."
          }
          confirmLabel="Leave waitlist"
          pendingLabel="Leaving…"
          onConfirm={() => leaveEntry(entry)}
        />
      ) : null}
    </li>
  );

  return (
    <div className="grid gap-8">
      {offers.length > 0 ? (
        <section aria-labelledby="offers-title" className="grid gap-4">
          <h2 id="offers-title" className="text-xl font-semibold">
            Offered to you
          </h2>
          {offers.map((entry) => (
            <OfferCard
              key={entry.offer!.appointmentId}
              offer={entry.offer!}
              doctorId={entry.doctorId}
              doctorName={entry.doctorName}
              serviceName={entry.serviceName}
              onChanged={refresh}
            />
          ))}
        </section>
      ) : null}

      <section aria-labelledby="waiting-title" className="grid gap-3">
        <h2 id="waiting-title" className="text-xl font-semibold">
          Waiting
        </h2>
        {active.length === 0 ? (
          <div className="grid justify-items-start gap-3 rounded-xl border p-6">
            <p className="text-muted-foreground">
              You are not on any waitlist. When a doctor has no free time that suits you, join their
              waitlist from their profile: we hold the first time that frees up for you.
            </p>
            <Button asChild>
              <Link href="/doctors">Find a doctor</Link>
            </Button>
          </div>
        ) : (
          <ul className="grid gap-3">{active.map(row)}</ul>
        )}
      </section>

      {ended.length > 0 ? (
        <section aria-labelledby="ended-title" className="grid gap-3">
          <h2 id="ended-title" className="text-xl font-semibold">
            Earlier
          </h2>
          <ul className="grid gap-3">{ended.map(row)}</ul>
        </section>
      ) : null}
    </div>
  );
}
