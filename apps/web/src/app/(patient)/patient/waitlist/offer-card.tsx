"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import { CalendarClock } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { toast } from "sonner";

import { Button } from "@resq/ui/button";
import { Spinner } from "@resq/ui/spinner";

import { apiProblem } from "~/components/api-problem";
import { AppointmentWhen } from "~/components/appointments/appointment-when";
import { ConfirmDialog } from "~/components/confirm-dialog";
import { FormAlert } from "~/components/forms/form-alert";
import { LocalTime } from "~/components/local-time";
import { useTRPC } from "~/trpc/react";

import { Countdown } from "./countdown";

export interface Offer {
  appointmentId: string;
  startsAt: Date;
  endsAt: Date;
  holdExpiresAt: Date | null;
}

/** A time held for the patient from the waitlist: when, how long it is held, Accept or Decline. */
export function OfferCard({
  offer,
  doctorId,
  doctorName,
  serviceName,
  onChanged,
}: {
  offer: Offer;
  doctorId: string;
  doctorName: string;
  serviceName: string;
  onChanged: () => Promise<void>;
}) {
  const t = useTranslations("patient.waitlist.offer");
  const trpc = useTRPC();
  const router = useRouter();
  // For the practice's time zone and address (the waitlist entry does not carry them).
  const practice = useQuery(trpc.directory.doctor.queryOptions({ id: doctorId })).data?.practice;
  const accept = useMutation(trpc.waitlist.accept.mutationOptions());
  const decline = useMutation(trpc.waitlist.decline.mutationOptions());
  const [error, setError] = useState<string | null>(null);
  const [expired, setExpired] = useState(false);
  const titleId = `offer-${offer.appointmentId}`;

  async function onAccept() {
    setError(null);
    try {
      const booked = await accept.mutateAsync({ appointmentId: offer.appointmentId });
      toast.success(t("accepted"));
      router.push(`/patient/appointments/${booked.id}`);
    } catch (failure) {
      setError(apiProblem(failure).message);
      await onChanged();
    }
  }

  async function onDecline() {
    try {
      await decline.mutateAsync({ appointmentId: offer.appointmentId });
      toast.success(t("declined"));
    } catch (failure) {
      toast.error(apiProblem(failure).message);
    }
    await onChanged();
  }

  return (
    <article
      aria-labelledby={titleId}
      data-testid="waitlist-offer"
      data-starts-at={new Date(offer.startsAt).toISOString()}
      className="grid gap-4 rounded-xl border-2 border-primary bg-accent/40 p-4 shadow-sm sm:p-6"
    >
      <div className="grid gap-1">
        <h3 id={titleId} className="flex items-center gap-2 text-xl font-semibold">
          <CalendarClock aria-hidden="true" className="size-5 text-primary" />
          {t("title")}
        </h3>
        <p>{t("serviceWithDoctor", { service: serviceName, doctor: doctorName })}</p>
      </div>
      {practice ? (
        <div className="grid gap-1">
          <AppointmentWhen
            startsAt={offer.startsAt}
            endsAt={offer.endsAt}
            timeZone={practice.timeZone}
          />
          <p className="text-sm text-muted-foreground">
            {practice.name}, {practice.addressLine}, {practice.city}
          </p>
        </div>
      ) : (
        <p className="font-medium">
          <LocalTime date={offer.startsAt} />
        </p>
      )}
      {offer.holdExpiresAt ? (
        <div className="grid gap-1">
          <p className="text-sm text-muted-foreground">{t("heldFor")}</p>
          <Countdown
            until={new Date(offer.holdExpiresAt)}
            onExpired={() => {
              setExpired(true);
              void onChanged();
            }}
          />
          <p className="text-sm text-muted-foreground">{t("afterThat")}</p>
        </div>
      ) : null}
      <FormAlert message={error} />
      <div className="flex flex-wrap gap-3">
        <Button
          type="button"
          disabled={accept.isPending || decline.isPending || expired}
          onClick={() => void onAccept()}
        >
          {accept.isPending ? <Spinner label={t("booking")} className="text-current" /> : null}
          {t("accept")}
        </Button>
        <ConfirmDialog
          trigger={t("decline")}
          triggerProps={{
            size: "default",
            disabled: accept.isPending || decline.isPending || expired,
          }}
          title={t("declineTitle")}
          description={t("declineText")}
          confirmLabel={t("decline")}
          pendingLabel={t("declining")}
          onConfirm={onDecline}
        />
      </div>
    </article>
  );
}
