import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";

import { Button } from "@resq/ui/button";

import { AppointmentWhen } from "~/components/appointments/appointment-when";
import { StatusBadge } from "~/components/appointments/status-badge";

import { AppointmentActions, describeAppointment, isChangeable } from "../appointment-actions";
import { loadAppointment } from "../load";
import { CancelledOutcome } from "./cancelled-outcome";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("appointments");
  return { title: t("appointment") };
}

export default async function PatientAppointmentPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const t = await getTranslations("appointments");
  const locale = await getLocale();
  const { id } = await params;
  const { cancelled, moved } = await searchParams;
  const appointment = await loadAppointment(id);
  const now = new Date();
  const zone = appointment.timeZone;
  const title = t("serviceWithDoctor", {
    service: appointment.serviceName ?? t("appointment"),
    doctor: appointment.doctorName,
  });

  return (
    <div className="grid max-w-3xl gap-6">
      <div className="grid gap-2">
        <p className="text-sm">
          <Link href="/patient/appointments" className="text-primary underline underline-offset-4">
            {t("detail.allAppointments")}
          </Link>
        </p>
        <h1 className="text-3xl font-semibold">{title}</h1>
        <div>
          <StatusBadge
            status={appointment.status}
            cancellationReason={appointment.cancellationReason}
          />
        </div>
      </div>

      {moved === "1" && appointment.status === "booked" ? (
        <p role="status" className="rounded-md border border-success/50 bg-success/10 px-3 py-2">
          {t("detail.movedHere")}
        </p>
      ) : null}

      {appointment.status === "cancelled" && appointment.cancellationReason !== "Rescheduled" ? (
        <CancelledOutcome appointment={appointment} justNow={cancelled === "1"} />
      ) : null}

      <section
        aria-labelledby="details-title"
        className="grid gap-4 rounded-xl border bg-card p-4 shadow-sm sm:p-6"
      >
        <h2 id="details-title" className="text-xl font-semibold">
          {t("detail.details")}
        </h2>
        <dl className="grid gap-3 text-sm sm:grid-cols-[8rem_1fr]">
          <dt className="font-medium">{t("detail.what")}</dt>
          <dd>{appointment.serviceName ?? t("appointment")}</dd>
          <dt className="font-medium">{t("detail.with")}</dt>
          <dd>
            <Link
              href={`/doctors/${appointment.doctorId}`}
              className="text-primary underline underline-offset-4"
            >
              {appointment.doctorName}
            </Link>
          </dd>
          <dt className="font-medium">{t("detail.when")}</dt>
          <dd>
            <AppointmentWhen
              startsAt={appointment.startsAt}
              endsAt={appointment.endsAt}
              timeZone={zone}
            />
          </dd>
          <dt className="font-medium">{t("detail.where")}</dt>
          <dd>{appointment.place || "—"}</dd>
          {appointment.reason ? (
            <>
              <dt className="font-medium">{t("detail.yourReason")}</dt>
              <dd className="whitespace-pre-line">{appointment.reason}</dd>
            </>
          ) : null}
          {appointment.status === "cancelled" && appointment.cancellationReason ? (
            <>
              <dt className="font-medium">{t("detail.cancellation")}</dt>
              <dd>
                {appointment.cancellationReason === "Rescheduled"
                  ? t("detail.movedToAnotherTime")
                  : appointment.cancellationReason}
              </dd>
            </>
          ) : null}
        </dl>
        {isChangeable(appointment, now) ? (
          <AppointmentActions
            appointmentId={appointment.id}
            description={describeAppointment(appointment, t, locale)}
          />
        ) : null}
      </section>

      {appointment.status === "cancelled" && appointment.cancellationReason === "Rescheduled" ? (
        <p className="text-sm text-muted-foreground">
          {t.rich("detail.wasMoved", {
            link: (chunks) => (
              <Link
                href="/patient/appointments"
                className="text-primary underline underline-offset-4"
              >
                {chunks}
              </Link>
            ),
          })}
        </p>
      ) : null}

      <div>
        <Button asChild variant="ghost">
          <Link href="/patient/appointments">{t("detail.backToAppointments")}</Link>
        </Button>
      </div>
    </div>
  );
}
