"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { inferRouterOutputs } from "@trpc/server";
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { toast } from "sonner";

import type { AppRouter } from "@resq/api";
import { Badge, type BadgeProps } from "@resq/ui/badge";
import { Button } from "@resq/ui/button";

import { apiProblem } from "~/components/api-problem";
import { ConfirmDialog } from "~/components/confirm-dialog";
import { calendarDate } from "~/components/format";
import { useTRPC } from "~/trpc/react";

import { OfferCard } from "./offer-card";

export type WaitlistEntry = inferRouterOutputs<AppRouter>["waitlist"]["mine"][number];
type Status = WaitlistEntry["status"];

const STATUS_VARIANT: Record<Status, BadgeProps["variant"]> = {
  waiting: "secondary",
  offered: "warning",
  booked: "success",
  left: "outline",
  expired: "outline",
};

/** The patient's waitlist entries, refreshed every 15 seconds so a new offer shows up by itself. */
export function WaitlistEntries({ initialEntries }: { initialEntries: WaitlistEntry[] }) {
  const t = useTranslations("patient.waitlist");
  const locale = useLocale();
  // English keeps the day-first "2 Mar 2026" the waitlist has always shown.
  const dateLocale = locale === "en" ? "en-GB" : locale;
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
      toast.success(t("entries.left", { doctor: entry.doctorName }));
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
          {t("entries.serviceWithDoctor", { service: entry.serviceName, doctor: entry.doctorName })}
          <Badge variant={STATUS_VARIANT[entry.status]}>{t(`status.${entry.status}`)}</Badge>
        </p>
        <p className="text-muted-foreground">
          {t("entries.range", {
            from: calendarDate(entry.fromDate, dateLocale),
            to: calendarDate(entry.toDate, dateLocale),
          })}
        </p>
      </div>
      {entry.status === "waiting" || entry.status === "offered" ? (
        <ConfirmDialog
          trigger={
            <>
              {t("entries.leave")}
              <span className="sr-only">
                {" "}
                {t("entries.leaveFor", { doctor: entry.doctorName })}
              </span>
            </>
          }
          title={t("entries.leaveTitle")}
          description={entry.offer ? t("entries.leaveReleases") : t("entries.leaveNoOffers")}
          confirmLabel={t("entries.leave")}
          pendingLabel={t("entries.leaving")}
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
            {t("entries.offered")}
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
          {t("entries.waiting")}
        </h2>
        {active.length === 0 ? (
          <div className="grid justify-items-start gap-3 rounded-xl border p-6">
            <p className="text-muted-foreground">{t("entries.empty")}</p>
            <Button asChild>
              <Link href="/doctors">{t("findDoctor")}</Link>
            </Button>
          </div>
        ) : (
          <ul className="grid gap-3">{active.map(row)}</ul>
        )}
      </section>

      {ended.length > 0 ? (
        <section aria-labelledby="ended-title" className="grid gap-3">
          <h2 id="ended-title" className="text-xl font-semibold">
            {t("entries.earlier")}
          </h2>
          <ul className="grid gap-3">{ended.map(row)}</ul>
        </section>
      ) : null}
    </div>
  );
}
