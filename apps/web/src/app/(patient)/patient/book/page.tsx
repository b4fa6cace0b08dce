import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { getTranslations } from "next-intl/server";

import { Button } from "@resq/ui/button";

import { requireRole } from "~/server/require-role";
import { api } from "~/trpc/server";

import { BookingReview } from "./booking-review";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("appointments.book");
  return { title: t("title") };
}
export const dynamic = "force-dynamic";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type RawParams = Record<string, string | string[] | undefined>;
const one = (params: RawParams, key: string) => {
  const value = params[key];
  return Array.isArray(value) ? value[0] : value;
};

export default async function BookPage({ searchParams }: { searchParams: Promise<RawParams> }) {
  const params = await searchParams;
  const t = await getTranslations("appointments.book.problem");
  const doctorId = one(params, "doctorId") ?? "";
  const serviceId = one(params, "serviceId") ?? "";
  const startsAtText = one(params, "startsAt") ?? "";
  // The area layout only knows "/patient"; bring a visitor back to this very booking.
  const returnTo = `/patient/book?${new URLSearchParams({ doctorId, serviceId, startsAt: startsAtText }).toString()}`;
  await requireRole("patient", returnTo);

  const startsAt = new Date(startsAtText);
  if (!UUID.test(doctorId) || !UUID.test(serviceId) || Number.isNaN(startsAt.getTime())) {
    return <Problem title={t("incompleteTitle")} text={t("incompleteText")} />;
  }

  let doctor;
  try {
    doctor = await (await api()).directory.doctor({ id: doctorId });
  } catch (error) {
    if (error instanceof TRPCError && error.code === "NOT_FOUND") {
      return <Problem title={t("notBookableTitle")} text={t("notBookableText")} />;
    }
    throw error;
  }
  const service = doctor.services.find((offered) => offered.id === serviceId);
  if (!service) {
    return (
      <Problem
        title={t("serviceGoneTitle")}
        text={t("serviceGoneText", { doctor: doctor.name })}
        href={`/doctors/${doctor.id}#times`}
        action={t("serviceGoneAction")}
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
  action,
}: {
  title: string;
  text: string;
  href?: string;
  action?: string;
}) {
  const t = useTranslations("appointments.book.problem");
  return (
    <div className="grid max-w-2xl gap-4">
      <h1 className="text-3xl font-semibold">{title}</h1>
      <p className="text-muted-foreground">{text}</p>
      <div>
        <Button asChild>
          <Link href={href}>{action ?? t("findDoctor")}</Link>
        </Button>
      </div>
    </div>
  );
}
