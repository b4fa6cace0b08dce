import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { getLocale, getTranslations } from "next-intl/server";

import { Button } from "@resq/ui/button";

import { addDays, dateInZone } from "~/components/format";
import { api } from "~/trpc/server";

import { describeAppointment, isChangeable } from "../../appointment-actions";
import { loadAppointment } from "../../load";
import { ReschedulePicker } from "./reschedule-picker";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("appointments.reschedule");
  return { title: t("metaTitle") };
}

/** How far ahead the new times are offered. */
const DAYS_AHEAD = 14;

export default async function ReschedulePage({ params }: { params: Promise<{ id: string }> }) {
  const t = await getTranslations("appointments");
  const locale = await getLocale();
  const { id } = await params;
  const appointment = await loadAppointment(id);
  const back = `/patient/appointments/${appointment.id}`;

  if (!isChangeable(appointment, new Date()) || !appointment.serviceId) {
    return <Problem text={t("reschedule.problem.notChangeable")} back={back} />;
  }
  let doctor;
  try {
    doctor = await (await api()).directory.doctor({ id: appointment.doctorId });
  } catch (error) {
    if (error instanceof TRPCError && error.code === "NOT_FOUND")
      return (
        <Problem
          text={t("reschedule.problem.notBookable", { doctor: appointment.doctorName })}
          back={back}
        />
      );
    throw error;
  }
  const service = doctor.services.find((offered) => offered.id === appointment.serviceId);
  if (!service)
    return (
      <Problem text={t("reschedule.problem.serviceGone", { doctor: doctor.name })} back={back} />
    );
  const from = dateInZone(new Date(), doctor.practice.timeZone);

  return (
    <div className="grid max-w-3xl gap-6">
      <div className="grid gap-2">
        <p className="text-sm">
          <Link href={back} className="text-primary underline underline-offset-4">
            {t("reschedule.backToAppointment")}
          </Link>
        </p>
        <h1 className="text-3xl font-semibold">{t("reschedule.title")}</h1>
        <p className="text-muted-foreground">
          {t("reschedule.now", { appointment: describeAppointment(appointment, t, locale) })}
        </p>
      </div>
      <ReschedulePicker
        appointmentId={appointment.id}
        doctorId={doctor.id}
        doctorName={doctor.name}
        service={{ id: service.id, name: service.name, durationMinutes: service.durationMinutes }}
        practiceTimeZone={doctor.practice.timeZone}
        from={from}
        to={addDays(from, DAYS_AHEAD)}
        currentStartsAt={appointment.startsAt.toISOString()}
      />
    </div>
  );
}

function Problem({ text, back }: { text: string; back: string }) {
  const t = useTranslations("appointments.reschedule");
  return (
    <div className="grid max-w-2xl gap-4">
      <h1 className="text-3xl font-semibold">{t("problem.title")}</h1>
      <p className="text-muted-foreground">{text}</p>
      <div>
        <Button asChild>
          <Link href={back}>{t("backToAppointment")}</Link>
        </Button>
      </div>
    </div>
  );
}
