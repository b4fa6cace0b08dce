import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";

import { Button } from "@resq/ui/button";
import { cn } from "@resq/ui/cn";

import { Pager, pageParam } from "~/components/appointments/pager";
import { api } from "~/trpc/server";

import { AppointmentCard } from "./appointment-card";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("appointments");
  return { title: t("list.title") };
}

const PAGE_SIZE = 10;
const TABS = ["upcoming", "past"] as const;

export default async function PatientAppointmentsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const t = await getTranslations("appointments");
  const params = await searchParams;
  const scope = params.tab === "past" ? "past" : "upcoming";
  const page = pageParam(params.page);
  const trpc = await api();
  // The list has no total: the row just after this page tells whether there is a next one.
  const [items, after] = await Promise.all([
    trpc.appointments.mine({ scope, page, pageSize: PAGE_SIZE }),
    page * PAGE_SIZE < 1000
      ? trpc.appointments.mine({ scope, page: page * PAGE_SIZE + 1, pageSize: 1 })
      : Promise.resolve([]),
  ]);
  const hasNext = after.length > 0;
  const now = new Date();
  const currentLabel = t(`list.tabs.${scope}`);

  return (
    <div className="grid max-w-3xl gap-6">
      <div className="grid gap-2">
        <h1 className="text-3xl font-semibold">{t("list.title")}</h1>
        <p className="text-sm">
          <Link href="/patient" className="text-primary underline underline-offset-4">
            {t("list.backToDashboard")}
          </Link>
        </p>
      </div>
      <nav aria-label={t("list.tabsLabel")}>
        <ul className="inline-flex rounded-lg bg-muted p-[3px]">
          {TABS.map((tab) => (
            <li key={tab}>
              <Link
                href={
                  tab === "upcoming" ? "/patient/appointments" : "/patient/appointments?tab=past"
                }
                aria-current={tab === scope ? "page" : undefined}
                className={cn(
                  "inline-flex h-9 items-center rounded-md px-4 text-sm font-medium text-muted-foreground hover:text-foreground",
                  tab === scope && "bg-background text-foreground shadow-sm",
                )}
              >
                {t(`list.tabs.${tab}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <section aria-labelledby="list-title" className="grid gap-4">
        <h2 id="list-title" className="text-xl font-semibold">
          {currentLabel}
        </h2>
        {items.length === 0 ? (
          <div className="grid justify-items-start gap-3 rounded-xl border p-6">
            <p className="text-muted-foreground">
              {scope === "upcoming"
                ? t("list.emptyUpcoming")
                : page > 1
                  ? t("list.noMorePast")
                  : t("list.emptyPast")}
            </p>
            <Button asChild>
              <Link href="/doctors">{t("list.findDoctor")}</Link>
            </Button>
          </div>
        ) : (
          <ul className="grid gap-4">
            {items.map((appointment) => (
              <li key={appointment.id}>
                <AppointmentCard appointment={appointment} now={now} />
              </li>
            ))}
          </ul>
        )}
        <Pager
          page={page}
          hasNext={hasNext}
          label={t(`list.pagerLabel.${scope}`)}
          hrefFor={(n) => `/patient/appointments?tab=${scope}&page=${n}`}
        />
      </section>
    </div>
  );
}
