import { MapPin } from "lucide-react";
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";

import { AppointmentWhen } from "~/components/appointments/appointment-when";
import { StatusBadge, type AppointmentStatus } from "~/components/appointments/status-badge";

import { AppointmentActions, describeAppointment, isChangeable } from "./appointment-actions";

export interface PatientAppointment {
  id: string;
  startsAt: Date;
  endsAt: Date;
  status: AppointmentStatus;
  cancellationReason: string | null;
  doctorName: string;
  serviceName: string | null;
  timeZone: string | null;
  place: string;
}

/** One appointment in the patient's list: what, with whom, when, where, status and actions. */
export function AppointmentCard({
  appointment,
  now,
  headingLevel = "h3",
}: {
  appointment: PatientAppointment;
  now: Date;
  headingLevel?: "h2" | "h3";
}) {
  const t = useTranslations("appointments");
  const locale = useLocale();
  const Heading = headingLevel;
  const zone = appointment.timeZone ?? "UTC";
  return (
    <article
      className="grid gap-3 rounded-xl border bg-card p-4 shadow-sm"
      data-testid="appointment-card"
    >
      <div className="flex flex-wrap items-start justify-between gap-2">
        <Heading className="text-lg font-semibold">
          <Link
            href={`/patient/appointments/${appointment.id}`}
            className="underline-offset-4 hover:underline"
          >
            {t("serviceWithDoctor", {
              service: appointment.serviceName ?? t("appointment"),
              doctor: appointment.doctorName,
            })}
          </Link>
        </Heading>
        <StatusBadge
          status={appointment.status}
          cancellationReason={appointment.cancellationReason}
        />
      </div>
      <AppointmentWhen
        startsAt={appointment.startsAt}
        endsAt={appointment.endsAt}
        timeZone={zone}
      />
      {appointment.place ? (
        <p className="flex items-center gap-2 text-sm text-muted-foreground">
          <MapPin aria-hidden="true" className="size-4 shrink-0" />
          {appointment.place}
        </p>
      ) : null}
      {appointment.status === "held" ? (
        <p className="text-sm">
          {t("card.heldFromWaitlist")}{" "}
          <Link
            href="/patient/waitlist"
            className="font-medium text-primary underline underline-offset-4"
          >
            {t("card.acceptOrDecline")}
          </Link>
        </p>
      ) : null}
      {isChangeable(appointment, now) ? (
        <AppointmentActions
          appointmentId={appointment.id}
          description={describeAppointment(appointment, t, locale)}
        />
      ) : null}
    </article>
  );
}
