import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";

import { Button } from "@resq/ui/button";

import { addDays, dateInZone } from "~/components/format";
import { requireRole } from "~/server/require-role";
import { api } from "~/trpc/server";

import { JoinForm } from "./join-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("patient.waitlist.join");
  return { title: t("metaTitle") };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export default async function JoinWaitlistPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const t = await getTranslations("patient.waitlist");
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
        <h1 className="text-3xl font-semibold">{t("join.noDoctorTitle")}</h1>
        <p className="text-muted-foreground">
          {doctor ? t("join.noServices", { doctor: doctor.name }) : t("join.chooseDoctor")}
        </p>
        <div>
          <Button asChild>
            <Link href="/doctors">{t("findDoctor")}</Link>
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
            {t("join.backTo", { doctor: doctor.name })}
          </Link>
        </p>
        <h1 className="text-3xl font-semibold">{t("join.title", { doctor: doctor.name })}</h1>
        <p className="text-muted-foreground">{t("join.intro")}</p>
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
