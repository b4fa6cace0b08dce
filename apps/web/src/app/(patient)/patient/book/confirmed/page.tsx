import { TRPCError } from "@trpc/server";
import { CircleCheck } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { Button } from "@resq/ui/button";
import { Card, CardContent } from "@resq/ui/card";

import { LocalTime } from "~/components/local-time";
import { api } from "~/trpc/server";

export const metadata: Metadata = { title: "Appointment booked" };
export const dynamic = "force-dynamic";

export default async function BookingConfirmedPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { id } = await searchParams;
  if (typeof id !== "string" || !/^[0-9a-f-]{36}$/i.test(id)) notFound();
  let appointment;
  try {
    appointment = await (await api()).appointments.get({ id });
  } catch (error) {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST"))
      notFound();
    throw error;
  }
  const practiceTime = new Intl.DateTimeFormat("en-US", {
    timeZone: appointment.timeZone,
    dateStyle: "full",
    timeStyle: "short",
  }).format(appointment.startsAt);

  return (
    <div className="grid max-w-2xl gap-6">
      <div className="grid gap-2">
        <h1 className="flex items-center gap-3 text-3xl font-semibold">
          <CircleCheck aria-hidden="true" className="size-8 text-success" />
          {appointment.status === "cancelled"
            ? "This appointment was cancelled"
            : "Your appointment is booked"}
        </h1>
        <p className="text-muted-foreground">
          We have emailed you the details with a calendar invitation, and we will remind you before
          the visit.
        </p>
      </div>
      <Card>
        <CardContent>
          <dl className="grid gap-3 text-sm sm:grid-cols-[8rem_1fr]">
            <dt className="font-medium">What</dt>
            <dd>{appointment.serviceName ?? "Appointment"}</dd>
            <dt className="font-medium">With</dt>
            <dd>{appointment.doctorName}</dd>
            <dt className="font-medium">When</dt>
            <dd className="grid gap-1">
              <LocalTime date={appointment.startsAt} />
              <span className="text-muted-foreground">
                {practiceTime} at the practice ({appointment.timeZone})
              </span>
            </dd>
            <dt className="font-medium">Where</dt>
            <dd>{appointment.place}</dd>
            {appointment.reason ? (
              <>
                <dt className="font-medium">Reason</dt>
                <dd className="whitespace-pre-line">{appointment.reason}</dd>
              </>
            ) : null}
          </dl>
        </CardContent>
      </Card>
      <div className="flex flex-wrap gap-3">
        <Button asChild>
          <Link href="/patient">Go to your dashboard</Link>
        </Button>
        <Button asChild variant="outline">
          <Link href="/doctors">Find another doctor</Link>
        </Button>
      </div>
    </div>
  );
}
