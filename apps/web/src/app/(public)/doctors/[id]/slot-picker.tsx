"use client";

import { useQuery } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import Link from "next/link";
import { useId, useMemo, useState } from "react";

import { Button } from "@resq/ui/button";
import { cn } from "@resq/ui/cn";
import { Skeleton } from "@resq/ui/skeleton";
import { Spinner } from "@resq/ui/spinner";

import { apiProblem } from "~/components/api-problem";
import { formatMoney } from "~/components/format";
import { useIsClient } from "~/components/use-is-client";
import { groupSlotsByDay, viewerTimeZone } from "~/components/slots";
import { useTRPC } from "~/trpc/react";

/** What choosing a time does: book (patients), sign in first (visitors), or nothing (staff). */
export type BookingMode = "book" | "sign-in" | "none";

interface Service {
  id: string;
  name: string;
  durationMinutes: number;
  priceMinor: number;
  currency: string;
}

export function bookingHref(doctorId: string, serviceId: string, startsAt: Date): string {
  const params = new URLSearchParams({ doctorId, serviceId, startsAt: startsAt.toISOString() });
  return `/patient/book?${params.toString()}`;
}

/**
 * The service chooser and the doctor's free times, grouped by day in the viewer's time zone (which
 * only the browser knows, so the times render after hydration).
 */
export function SlotPicker({
  doctorId,
  services,
  practiceTimeZone,
  from,
  to,
  bookingMode,
}: {
  doctorId: string;
  services: Service[];
  practiceTimeZone: string;
  from: string;
  to: string;
  bookingMode: BookingMode;
}) {
  const trpc = useTRPC();
  const t = useTranslations("public.slots");
  const locale = useLocale();
  const isClient = useIsClient();
  const groupName = useId();
  const [serviceId, setServiceId] = useState(services[0]?.id ?? null);
  const slots = useQuery({
    ...trpc.directory.slots.queryOptions({ doctorId, from, to, serviceId: serviceId ?? undefined }),
    enabled: !!serviceId,
  });
  const zone = isClient ? viewerTimeZone() : null;
  const days = useMemo(
    () => (slots.data && zone ? groupSlotsByDay(slots.data.slots, zone, locale) : []),
    [slots.data, zone, locale],
  );

  if (!serviceId) {
    return <p className="text-muted-foreground">{t("noServices")}</p>;
  }

  return (
    <div className="grid gap-4">
      {services.length > 1 ? (
        <fieldset className="grid gap-2">
          <legend className="mb-2 text-sm font-medium">{t("service")}</legend>
          <div className="grid gap-2 sm:grid-cols-2">
            {services.map((service) => (
              <label
                key={service.id}
                className={cn(
                  "flex cursor-pointer gap-3 rounded-md border p-3 text-sm",
                  "has-[:checked]:border-primary has-[:checked]:bg-accent has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-ring",
                )}
              >
                <input
                  type="radio"
                  name={groupName}
                  value={service.id}
                  checked={service.id === serviceId}
                  onChange={() => setServiceId(service.id)}
                  className="mt-0.5 size-4 accent-primary"
                />
                <span className="grid gap-0.5 font-medium">
                  {service.name}
                  <span className="font-normal text-muted-foreground">
                    {t("serviceDetail", {
                      minutes: service.durationMinutes,
                      price: formatMoney(service.priceMinor, service.currency, locale),
                    })}
                  </span>
                </span>
              </label>
            ))}
          </div>
        </fieldset>
      ) : (
        <p className="text-sm">
          {t.rich("for", {
            service: services[0]?.name ?? "",
            minutes: services[0]?.durationMinutes ?? 0,
            strong: (chunks) => <span className="font-medium">{chunks}</span>,
          })}
        </p>
      )}

      {zone && zone !== practiceTimeZone ? (
        <p className="rounded-md border border-warning/50 bg-warning/10 px-3 py-2 text-sm">
          {t("zoneDiffers", { zone, practiceZone: practiceTimeZone })}
        </p>
      ) : zone ? (
        <p className="text-sm text-muted-foreground">{t("zone", { zone })}</p>
      ) : null}

      {bookingMode === "sign-in" ? (
        <p className="text-sm text-muted-foreground">{t("signInFirst")}</p>
      ) : bookingMode === "none" ? (
        <p className="text-sm text-muted-foreground">{t("notPatient")}</p>
      ) : null}

      {!zone || slots.isPending ? (
        <div className="grid gap-3" aria-busy="true">
          <Spinner label={t("loading")} showLabel />
          <Skeleton className="h-20 w-full" />
        </div>
      ) : slots.isError ? (
        <div className="grid justify-items-start gap-2" role="alert">
          <p className="text-destructive">{apiProblem(slots.error).message}</p>
          <Button type="button" variant="outline" size="sm" onClick={() => void slots.refetch()}>
            {t("retry")}
          </Button>
        </div>
      ) : days.length === 0 ? (
        <p className="rounded-xl border p-4 text-muted-foreground">{t("none")}</p>
      ) : (
        <ul className="grid gap-4" aria-label={t("label")} data-testid="free-times">
          {days.map((day) => (
            <li key={day.key} className="grid gap-2">
              <h3 className="font-medium">{day.label}</h3>
              <ul className="flex flex-wrap gap-2">
                {day.slots.map((slot) => {
                  const text = (
                    <>
                      <span className="sr-only">{day.label}, </span>
                      {slot.time}
                    </>
                  );
                  const href = bookingHref(doctorId, serviceId, slot.startsAt);
                  return (
                    <li key={slot.startsAt.toISOString()}>
                      {bookingMode === "none" ? (
                        <span className="inline-flex h-9 items-center rounded-md border px-3 text-sm">
                          {text}
                        </span>
                      ) : (
                        <Button asChild variant="outline" size="sm">
                          <Link
                            href={
                              bookingMode === "book"
                                ? href
                                : `/sign-in?next=${encodeURIComponent(href)}`
                            }
                            prefetch={false}
                          >
                            {text}
                          </Link>
                        </Button>
                      )}
                    </li>
                  );
                })}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
