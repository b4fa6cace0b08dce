"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { TRPCClientError } from "@trpc/client";
import { CalendarClock, MapPin, Stethoscope, Wallet } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useMemo, useRef, useState } from "react";
import { useForm } from "react-hook-form";
import { toast } from "sonner";
import { z } from "zod";

import { Button } from "@resq/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@resq/ui/card";
import { fieldAriaProps, FormField } from "@resq/ui/form-field";
import { Spinner } from "@resq/ui/spinner";
import { Textarea } from "@resq/ui/textarea";

import { apiProblem, applyProblem } from "~/components/api-problem";
import { addDays, dateInZone, formatMoney } from "~/components/format";
import { FormAlert } from "~/components/forms/form-alert";
import { SubmitButton } from "~/components/forms/submit-button";
import { useIsClient } from "~/components/use-is-client";
import { formatInZone, groupSlotsByDay, viewerTimeZone } from "~/components/slots";
import { useTRPC } from "~/trpc/react";

const REASON_MAX = 1000;
/** The reason form, its message in the reader's language. */
function reasonFormFor(t: ReturnType<typeof useTranslations<"appointments.book">>) {
  return z.object({
    reason: z
      .string()
      .trim()
      .max(REASON_MAX, t("reasonTooLong", { max: String(REASON_MAX) })),
  });
}
type ReasonForm = ReturnType<typeof reasonFormFor>;
type ReasonValues = z.input<ReasonForm>;

/** How many other times to offer when the chosen one was just taken. */
const ALTERNATIVES_SHOWN = 6;

interface Slot {
  startsAt: Date;
  endsAt: Date;
}

/** Free times the API attached to a SLOT_UNAVAILABLE answer, if any. */
function alternativesFrom(error: unknown): Slot[] {
  if (!(error instanceof TRPCClientError)) return [];
  const details = (error.data as { details?: { alternatives?: unknown } } | undefined)?.details;
  const list = Array.isArray(details?.alternatives) ? details.alternatives : [];
  return list
    .map((item) => item as { startsAt?: unknown; endsAt?: unknown })
    .map((item) => ({
      startsAt: new Date(String(item.startsAt)),
      endsAt: new Date(String(item.endsAt)),
    }))
    .filter((slot) => !Number.isNaN(slot.startsAt.getTime()));
}

/** The free times closest to the wanted one, in time order. */
function nearest(slots: readonly Slot[], wanted: Date): Slot[] {
  return [...slots]
    .filter((slot) => slot.startsAt.getTime() !== wanted.getTime())
    .sort(
      (a, b) =>
        Math.abs(a.startsAt.getTime() - wanted.getTime()) -
        Math.abs(b.startsAt.getTime() - wanted.getTime()),
    )
    .slice(0, ALTERNATIVES_SHOWN)
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
}

export function BookingReview({
  doctor,
  service,
  initialStartsAt,
}: {
  doctor: {
    id: string;
    name: string;
    specialtyLabel: string | null;
    practice: {
      name: string;
      addressLine: string;
      city: string;
      postalCode: string | null;
      timeZone: string;
    };
  };
  service: {
    id: string;
    name: string;
    durationMinutes: number;
    priceMinor: number;
    currency: string;
  };
  initialStartsAt: string;
}) {
  const t = useTranslations("appointments.book");
  const locale = useLocale();
  const reasonForm = useMemo(() => reasonFormFor(t), [t]);
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const isClient = useIsClient();
  const [startsAt, setStartsAt] = useState(() => new Date(initialStartsAt));
  // One id per booking attempt: a retry after a dropped connection books once, not twice.
  const [clientRequestId, setClientRequestId] = useState(() => crypto.randomUUID());
  const [formError, setFormError] = useState<string | null>(null);
  const [taken, setTaken] = useState<{ alternatives: Slot[] } | null>(null);
  const [loadingAlternatives, setLoadingAlternatives] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const book = useMutation(trpc.appointments.book.mutationOptions());
  const form = useForm<ReasonValues, unknown, z.output<ReasonForm>>({
    resolver: zodResolver(reasonForm),
    mode: "onTouched",
    defaultValues: { reason: "" },
  });
  const { errors } = form.formState;
  const practiceZone = doctor.practice.timeZone;

  async function showAlternatives(error: unknown) {
    let alternatives = alternativesFrom(error);
    if (alternatives.length === 0) {
      setLoadingAlternatives(true);
      try {
        const from = dateInZone(startsAt, practiceZone);
        const free = await queryClient.fetchQuery(
          trpc.directory.slots.queryOptions(
            { doctorId: doctor.id, serviceId: service.id, from, to: addDays(from, 7) },
            { staleTime: 0 },
          ),
        );
        alternatives = free.slots;
      } catch {
        alternatives = [];
      } finally {
        setLoadingAlternatives(false);
      }
    }
    setTaken({ alternatives: nearest(alternatives, startsAt) });
  }

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    try {
      const appointment = await book.mutateAsync({
        doctorId: doctor.id,
        serviceId: service.id,
        startsAt,
        reason: values.reason || undefined,
        clientRequestId,
      });
      toast.success(t("booked"));
      router.push(`/patient/book/confirmed?id=${encodeURIComponent(appointment.id)}`);
    } catch (error) {
      const problem = apiProblem(error);
      if (problem.appCode === "SLOT_UNAVAILABLE") {
        await showAlternatives(error);
        return;
      }
      setFormError(
        applyProblem(problem, ["reason"] as const, (field, message) =>
          form.setError(field, { type: "server", message }),
        ),
      );
    }
  });

  function chooseInstead(slot: Slot) {
    setStartsAt(slot.startsAt);
    setClientRequestId(crypto.randomUUID()); // a new time is a new attempt
    setTaken(null);
    setFormError(null);
    const params = new URLSearchParams({
      doctorId: doctor.id,
      serviceId: service.id,
      startsAt: slot.startsAt.toISOString(),
    });
    router.replace(`/patient/book?${params.toString()}`, { scroll: false });
    headingRef.current?.focus();
  }

  const zone = isClient ? viewerTimeZone() : null;
  const pending = form.formState.isSubmitting || book.isPending || loadingAlternatives;
  const alternativeDays = taken && zone ? groupSlotsByDay(taken.alternatives, zone, locale) : [];

  return (
    <div className="grid max-w-3xl gap-6">
      <div className="grid gap-2">
        <p className="text-sm">
          <Link
            href={`/doctors/${doctor.id}#times`}
            className="text-primary underline underline-offset-4 hover:no-underline"
          >
            {t("backTo", { doctor: doctor.name })}
          </Link>
        </p>
        <h1 ref={headingRef} tabIndex={-1} className="text-3xl font-semibold focus:outline-none">
          {t("title")}
        </h1>
      </div>

      <Card>
        <CardHeader>
          <CardTitle>
            {t("serviceWithDoctor", { service: service.name, doctor: doctor.name })}
          </CardTitle>
        </CardHeader>
        <CardContent>
          <dl className="grid gap-4 text-sm sm:grid-cols-[10rem_1fr]">
            <dt className="flex items-center gap-2 font-medium">
              <Stethoscope aria-hidden="true" className="size-4 text-primary" />
              {t("doctor")}
            </dt>
            <dd>
              {doctor.name}
              {doctor.specialtyLabel ? `, ${doctor.specialtyLabel}` : ""}
            </dd>
            <dt className="flex items-center gap-2 font-medium">
              <CalendarClock aria-hidden="true" className="size-4 text-primary" />
              {t("when")}
            </dt>
            <dd className="grid gap-1" data-testid="booking-when">
              {zone ? (
                <>
                  <span className="font-medium">
                    {t("whenWithDuration", {
                      when: formatInZone(startsAt, zone, locale),
                      minutes: service.durationMinutes,
                    })}
                  </span>
                  {zone !== practiceZone ? (
                    <span className="text-muted-foreground">
                      {t("atPractice", {
                        when: formatInZone(startsAt, practiceZone, locale),
                        zone: practiceZone,
                      })}
                    </span>
                  ) : null}
                </>
              ) : (
                <Spinner label={t("loadingTime")} />
              )}
            </dd>
            <dt className="flex items-center gap-2 font-medium">
              <MapPin aria-hidden="true" className="size-4 text-primary" />
              {t("where")}
            </dt>
            <dd>
              {doctor.practice.name}, {doctor.practice.addressLine},{" "}
              {[doctor.practice.postalCode, doctor.practice.city].filter(Boolean).join(" ")}
            </dd>
            <dt className="flex items-center gap-2 font-medium">
              <Wallet aria-hidden="true" className="size-4 text-primary" />
              {t("price")}
            </dt>
            <dd>
              {t("priceValue", {
                price: formatMoney(service.priceMinor, service.currency, locale),
              })}
            </dd>
          </dl>
        </CardContent>
      </Card>

      {taken ? (
        <section
          aria-labelledby="taken-title"
          className="grid gap-3 rounded-xl border border-warning/60 bg-warning/10 p-4"
        >
          <div role="alert" className="grid gap-1">
            <h2 id="taken-title" className="text-lg font-semibold">
              {t("taken.title")}
            </h2>
            <p className="text-sm">
              {taken.alternatives.length > 0
                ? t("taken.alternatives", { doctor: doctor.name })
                : t("taken.none")}
            </p>
          </div>
          {taken.alternatives.length > 0 ? (
            <>
              <ul className="grid gap-3" aria-label={t("taken.nearest")}>
                {alternativeDays.map((day) => (
                  <li key={day.key} className="grid gap-2">
                    <h3 className="text-sm font-medium">{day.label}</h3>
                    <ul className="flex flex-wrap gap-2">
                      {day.slots.map((slot) => (
                        <li key={slot.startsAt.toISOString()}>
                          <Button
                            type="button"
                            variant="outline"
                            size="sm"
                            onClick={() => chooseInstead(slot)}
                          >
                            <span className="sr-only">{day.label}, </span>
                            {slot.time}
                          </Button>
                        </li>
                      ))}
                    </ul>
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <p className="text-sm">
              {t.rich("taken.seeAll", {
                doctor: doctor.name,
                times: (chunks) => (
                  <Link
                    href={`/doctors/${doctor.id}#times`}
                    className="text-primary underline underline-offset-4 hover:no-underline"
                  >
                    {chunks}
                  </Link>
                ),
                other: (chunks) => (
                  <Link
                    href="/doctors"
                    className="text-primary underline underline-offset-4 hover:no-underline"
                  >
                    {chunks}
                  </Link>
                ),
              })}
            </p>
          )}
        </section>
      ) : (
        <form noValidate onSubmit={onSubmit} className="grid gap-5">
          <FormAlert message={formError} />
          <FormField
            label={t("reasonLabel")}
            id="reason"
            error={errors.reason?.message}
            description={t("reasonHint")}
          >
            <Textarea
              rows={4}
              maxLength={REASON_MAX}
              {...form.register("reason")}
              {...fieldAriaProps("reason", {
                error: errors.reason?.message,
                description: "reason",
              })}
            />
          </FormField>
          <div className="flex flex-wrap gap-3">
            <SubmitButton pending={pending} pendingLabel={t("booking")}>
              {t("confirm")}
            </SubmitButton>
            <Button asChild variant="ghost">
              <Link href={`/doctors/${doctor.id}#times`}>{t("chooseAnother")}</Link>
            </Button>
          </div>
        </form>
      )}
    </div>
  );
}
