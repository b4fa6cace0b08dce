import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import Link from "next/link";

import { Button } from "@resq/ui/button";

import { requireRole } from "~/server/require-role";
import { api } from "~/trpc/server";

import { BookingReview } from "./booking-review";

export const metadata: Metadata = { title: "Review your booking" };
export const dynamic = "force-dynamic";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type RawParams = Record<string, string | string[] | undefined>;
const one = (params: RawParams, key: string) => {
  const value = params[key];
  return Array.isArray(value) ? value[0] : value;
};

export default async function BookPage({ searchParams }: { searchParams: Promise<RawParams> }) {
  const params = await searchParams;
  const doctorId = one(params, "doctorId") ?? "";
  const serviceId = one(params, "serviceId") ?? "";
  const startsAtText = one(params, "startsAt") ?? "";
  // The area layout only knows "/patient"; bring a visitor back to this very booking.
  const returnTo = `/patient/book?${new URLSearchParams({ doctorId, serviceId, startsAt: startsAtText }).toString()}`;
  await requireRole("patient", returnTo);

  const startsAt = new Date(startsAtText);
  if (!UUID.test(doctorId) || !UUID.test(serviceId) || Number.isNaN(startsAt.getTime())) {
    return (
      <Problem
        title="Choose a time to book"
        text="This booking link is incomplete. Find a doctor and choose one of their free times."
      />
    );
  }

  let doctor;
  try {
    doctor = await (await api()).directory.doctor({ id: doctorId });
  } catch (error) {
    if (error instanceof TRPCError && error.code === "NOT_FOUND") {
      return (
        <Problem
          title="This doctor cannot be booked"
          text="The doctor is not taking bookings through RESQ at the moment."
        />
      );
    }
    throw error;
  }
  const service = doctor.services.find((offered) => offered.id === serviceId);
  if (!service) {
    return (
      <Problem
        title="This service is no longer offered"
        text={`${doctor.name} no longer offers the service in this link. Choose another on their profile.`}
        href={`/doctors/${doctor.id}#times`}
        action="See their services and free times"
      />
    );
  }

  return (
    <BookingReview
      doctor={{
        id: doctor.id,
        name: doctor.name,
        specialtyLabel: doctor.specialtyLabel,
        practice: doctor.practice,
      }}
      service={service}
      initialStartsAt={startsAt.toISOString()}
    />
  );
}

function Problem({
  title,
  text,
  href = "/doctors",
  action = "Find a doctor",
}: {
  title: string;
  text: string;
  href?: string;
  action?: string;
}) {
  return (
    <div className="grid max-w-2xl gap-4">
      <h1 className="text-3xl font-semibold">{title}</h1>
      <p className="text-muted-foreground">{text}</p>
      <div>
        <Button asChild>
          <Link href={href}>{action}</Link>
        </Button>
      </div>
    </div>
  );
}
