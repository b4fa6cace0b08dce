import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";

import { Button } from "@resq/ui/button";

import { formatMoney } from "~/components/format";
import { api } from "~/trpc/server";

/** A cancelled appointment: who cancelled, any late-cancellation fee, and what to do next. */
export async function CancelledOutcome({
  appointment,
  justNow,
}: {
  appointment: {
    id: string;
    doctorId: string;
    serviceId: string | null;
    doctorName: string;
    lateCancellation: boolean;
    feeMinor: number | null;
  };
  justNow: boolean;
}) {
  const t = await getTranslations("appointments.outcome");
  const locale = await getLocale();
  const currency = appointment.lateCancellation
    ? (await (await api()).appointments.cancellationPreview({ id: appointment.id })).currency
    : "USD";
  const waitlistHref = `/patient/waitlist/join?${new URLSearchParams({
    doctorId: appointment.doctorId,
    ...(appointment.serviceId ? { serviceId: appointment.serviceId } : {}),
  }).toString()}`;

  return (
    <section
      aria-labelledby="outcome-title"
      className="grid gap-3 rounded-xl border border-primary/40 bg-accent/40 p-4 sm:p-6"
    >
      <div role={justNow ? "status" : undefined} className="grid gap-2">
        <h2 id="outcome-title" className="text-xl font-semibold">
          {justNow ? t("titleJustNow") : t("title")}
        </h2>
        <p data-testid="cancellation-outcome">
          {appointment.lateCancellation
            ? appointment.feeMinor
              ? t("lateWithFee", { fee: formatMoney(appointment.feeMinor, currency, locale) })
              : t("lateNoFee")
            : t("noFee")}{" "}
          {t("timeFreeAgain")}
        </p>
      </div>
      <p className="text-sm text-muted-foreground">
        {t("stillNeed", { doctor: appointment.doctorName })}
      </p>
      <div className="flex flex-wrap gap-3">
        <Button asChild>
          <Link href={`/doctors/${appointment.doctorId}#times`}>{t("bookAnother")}</Link>
        </Button>
        <Button asChild variant="outline">
          <Link href={waitlistHref}>{t("joinWaitlist")}</Link>
        </Button>
      </div>
    </section>
  );
}
