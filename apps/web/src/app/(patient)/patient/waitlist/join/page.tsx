import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import Link from "next/link";

import { Button } from "@resq/ui/button";

import { addDays, dateInZone } from "~/components/format";
import { requireRole } from "~/server/require-role";
import { api } from "~/trpc/server";

import { JoinForm } from "./join-form";

export const metadata: Metadata = { title: "Join the waitlist" };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export default async function JoinWaitlistPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const doctorId = typeof params.doctorId === "string" ? params.doctorId : "";
  const serviceId = typeof params.serviceId === "string" ? params.serviceId : "";
  // Bring a visitor who signs in first back to this very form.
  await requireRole(
    "patient",
    `/patient/waitlist/join?${new URLSearchParams({ doctorId, serviceId }).toString()}`,
  );

  let doctor = null;
  if (UUID.test(doctorId)) {
    try {
      doctor = await (await api()).directory.doctor({ id: doctorId });
    } catch (error) {
      if (!(error instanceof TRPCError && error.code === "NOT_FOUND")) throw error;
    }
  }
  if (!doctor || doctor.services.length === 0) {
    return (
      <div className="grid max-w-2xl gap-4">
        <h1 className="text-3xl font-semibold">Join a waitlist</h1>
        <p className="text-muted-foreground">
          {doctor
            ? `${doctor.name} has no services to book at the moment.`
            : "Choose a doctor first: open their profile and join their waitlist from there."}
        </p>
        <div>
          <Button asChild>
            <Link href="/doctors">Find a doctor</Link>
          </Button>
        </div>
      </div>
    );
  }
  const today = dateInZone(new Date(), doctor.practice.timeZone);

  return (
    <div className="grid max-w-2xl gap-6">
      <div className="grid gap-2">
        <p className="text-sm">
          <Link
            href={`/doctors/${doctor.id}`}
            className="text-primary underline underline-offset-4"
          >
            Back to {doctor.name}
          </Link>
        </p>
        <h1 className="text-3xl font-semibold">Join {doctor.name}&apos;s waitlist</h1>
        <p className="text-muted-foreground">
          If a time frees up between the dates you choose, we hold it for you and tell you by email
          and in RESQ. You then have a short while to accept it.
        </p>
      </div>
      <JoinForm
        doctorId={doctor.id}
        services={doctor.services.map(({ id, name, durationMinutes }) => ({
          id,
          name,
          durationMinutes,
        }))}
        initialServiceId={
          doctor.services.some((service) => service.id === serviceId)
            ? serviceId
            : doctor.services[0]!.id
        }
        today={today}
        defaultToDate={addDays(today, 14)}
      />
    </div>
  );
}
