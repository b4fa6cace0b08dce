import type { Metadata } from "next";
import Link from "next/link";

import { Button } from "@resq/ui/button";
import { cn } from "@resq/ui/cn";

import { Pager, pageParam } from "~/components/appointments/pager";
import { api } from "~/trpc/server";

import { AppointmentCard } from "./appointment-card";

export const metadata: Metadata = { title: "Your appointments" };

const PAGE_SIZE = 10;
const TABS = [
  { scope: "upcoming", label: "Upcoming" },
  { scope: "past", label: "Past" },
] as const;

export default async function PatientAppointmentsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
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
  const current = TABS.find((tab) => tab.scope === scope)!;

  return (
    <div className="grid max-w-3xl gap-6">
      <div className="grid gap-2">
        <h1 className="text-3xl font-semibold">Your appointments</h1>
        <p className="text-sm">
          <Link href="/patient" className="text-primary underline underline-offset-4">
            Back to your dashboard
          </Link>
        </p>
      </div>
      <nav aria-label="Appointments">
        <ul className="inline-flex rounded-lg bg-muted p-[3px]">
          {TABS.map((tab) => (
            <li key={tab.scope}>
              <Link
                href={
                  tab.scope === "upcoming"
                    ? "/patient/appointments"
                    : "/patient/appointments?tab=past"
                }
                aria-current={tab.scope === scope ? "page" : undefined}
                className={cn(
                  "inline-flex h-9 items-center rounded-md px-4 text-sm font-medium text-muted-foreground hover:text-foreground",
                  tab.scope === scope && "bg-background text-foreground shadow-sm",
                )}
              >
                {tab.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <section aria-labelledby="list-title" className="grid gap-4">
        <h2 id="list-title" className="text-xl font-semibold">
          {current.label}
        </h2>
        {items.length === 0 ? (
          <div className="grid justify-items-start gap-3 rounded-xl border p-6">
            <p className="text-muted-foreground">
              {scope === "upcoming"
                ? "You have no upcoming appointments."
                : page > 1
                  ? "There are no more past appointments."
                  : "You have no past appointments yet."}
            </p>
            <Button asChild>
              <Link href="/doctors">Find a doctor</Link>
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
          label={`${current.label} appointments pages`}
          hrefFor={(n) => `/patient/appointments?tab=${scope}&page=${n}`}
        />
      </section>
    </div>
  );
}
