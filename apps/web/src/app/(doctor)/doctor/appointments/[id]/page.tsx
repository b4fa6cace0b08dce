import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";

import { Button } from "@resq/ui/button";

import { AppointmentWhen } from "~/components/appointments/appointment-when";
import { StatusBadge } from "~/components/appointments/status-badge";
import { dateInZone } from "~/components/format";
import { api } from "~/trpc/server";

import { DoctorCancel } from "./doctor-cancel";
import { OutcomeButtons } from "./outcome-buttons";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("doctor.appointment");
  return { title: t("metaTitle") };
}

async function load(id: string) {
  if (!/^[0-9a-f-]{36}$/i.test(id)) notFound();
  try {
    return await (await api()).appointments.get({ id });
  } catch (error) {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST"))
      notFound();
    throw error;
  }
}

export default async function DoctorAppointmentPage({
  params,
}: {
  params: Promise<{ id: string }>;
}) {
  const { id } = await params;
  const t = await getTranslations("doctor.appointment");
  const appointment = await load(id);
  const now = new Date();
  const started = appointment.startsAt <= now;
  const booked = appointment.status === "booked";
  const scheduleHref = `/doctor/schedule?view=day&date=${dateInZone(appointment.startsAt, appointment.timeZone)}`;

  return (
    <div className="grid max-w-3xl gap-6">
      <div className="grid gap-2">
        <p className="text-sm">
          <Link href={scheduleHref} className="text-primary underline underline-offset-4">
            {t("back")}
          </Link>
        </p>
        <h1 className="text-3xl font-semibold">
          {appointment.patientName}: {appointment.serviceName ?? t("appointment")}
        </h1>
        <div>
          <StatusBadge
            status={appointment.status}
            cancellationReason={appointment.cancellationReason}
          />
        </div>
      </div>

      <section
        aria-labelledby="details-title"
        className="grid gap-4 rounded-xl border bg-card p-4 shadow-sm sm:p-6"
      >
        <h2 id="details-title" className="text-xl font-semibold">
          {t("details")}
        </h2>
        <dl className="grid gap-3 text-sm sm:grid-cols-[8rem_1fr]">
          <dt className="font-medium">{t("patient")}</dt>
          <dd>{appointment.patientName}</dd>
          <dt className="font-medium">{t("service")}</dt>
          <dd>{appointment.serviceName ?? "—"}</dd>
          <dt className="font-medium">{t("when")}</dt>
          <dd>
            <AppointmentWhen
              startsAt={appointment.startsAt}
              endsAt={appointment.endsAt}
              timeZone={appointment.timeZone}
            />
          </dd>
          <dt className="font-medium">{t("where")}</dt>
          <dd>{appointment.place || "—"}</dd>
          <dt className="font-medium">{t("reason")}</dt>
          <dd className="whitespace-pre-line">{appointment.reason || t("noReason")}</dd>
          {appointment.status === "cancelled" ? (
            <>
              <dt className="font-medium">{t("cancellation")}</dt>
              <dd>
                {appointment.cancellationReason === "Rescheduled"
                  ? t("rescheduled")
                  : (appointment.cancellationReason ?? t("cancelledByPatient"))}
                {appointment.lateCancellation ? ` ${t("late")}` : ""}
              </dd>
            </>
          ) : null}
        </dl>
        <div className="flex flex-wrap gap-3">
          <Button asChild variant="outline">
            <Link href={`/doctor/patients/${appointment.patientId}`}>{t("openChart")}</Link>
          </Button>
          <Button asChild variant="outline">
            <Link
              href={`/doctor/patients/${appointment.patientId}?appointment=${appointment.id}#note`}
            >
              {t("writeNote")}
            </Link>
          </Button>
        </div>
      </section>

      {booked ? (
        <section
          aria-labelledby="actions-title"
          className="grid gap-4 rounded-xl border p-4 sm:p-6"
        >
          <h2 id="actions-title" className="text-xl font-semibold">
            {started ? t("after") : t("before")}
          </h2>
          <OutcomeButtons appointmentId={appointment.id} started={started} />
          {started ? null : (
            <DoctorCancel appointmentId={appointment.id} patientName={appointment.patientName} />
          )}
        </section>
      ) : null}
    </div>
  );
}
