import { TRPCError } from "@trpc/server";
import { Clock, GraduationCap, Languages, MapPin, Phone } from "lucide-react";
import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";

import { Badge } from "@resq/ui/badge";

import { addDays, dateInZone, formatMoney, languageList } from "~/components/format";
import { api, signedInCaller } from "~/trpc/server";

import { NextAvailable } from "../next-available";
import { SlotPicker, type BookingMode } from "./slot-picker";

export const dynamic = "force-dynamic";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** How far ahead the profile shows free times. */
const DAYS_SHOWN = 14;

/** The listed doctor, or null for an unknown or unlisted one (once per request). */
const listedDoctor = cache(async (id: string) => {
  if (!UUID.test(id)) return null;
  try {
    return await (await api()).directory.doctor({ id });
  } catch (error) {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST"))
      return null;
    throw error;
  }
});

export async function generateMetadata({
  params,
}: {
  params: Promise<{ id: string }>;
}): Promise<Metadata> {
  const doctor = await listedDoctor((await params).id);
  const t = await getTranslations("public.profile.meta");
  if (!doctor) return { title: t("notFound") };
  return {
    title: `${doctor.name}${doctor.specialtyLabel ? `, ${doctor.specialtyLabel}` : ""}`,
    description: t("description", {
      name: doctor.name,
      practice: doctor.practice.name,
      city: doctor.practice.city,
    }),
  };
}

export default async function DoctorProfilePage({ params }: { params: Promise<{ id: string }> }) {
  const doctor = await listedDoctor((await params).id);
  if (!doctor) notFound();
  const caller = await signedInCaller();
  const bookingMode: BookingMode = !caller
    ? "sign-in"
    : caller.role === "patient"
      ? "book"
      : "none";
  const { practice } = doctor;
  const [t, td, locale] = await Promise.all([
    getTranslations("public.profile"),
    getTranslations("public.doctor"),
    getLocale(),
  ]);
  // The practice's calendar decides which days "the next two weeks" are.
  const from = dateInZone(new Date(), practice.timeZone);
  const to = addDays(from, DAYS_SHOWN - 1);

  return (
    <div className="mx-auto grid w-full max-w-6xl gap-8 px-4 py-8">
      <p className="text-sm">
        <Link
          href="/doctors"
          className="text-primary underline underline-offset-4 hover:no-underline"
        >
          {t("back")}
        </Link>
      </p>
      <div className="grid gap-3">
        <h1 className="text-3xl font-semibold">{doctor.name}</h1>
        <p className="text-lg">
          {doctor.specialtyLabel ?? td("fallbackSpecialty")}
          {doctor.subSpecialties.length > 0 ? (
            <span className="text-muted-foreground"> · {doctor.subSpecialties.join(", ")}</span>
          ) : null}
        </p>
        <div className="flex flex-wrap gap-2">
          {doctor.acceptingNewPatients ? (
            <Badge variant="success">{td("accepting")}</Badge>
          ) : (
            <Badge variant="secondary">{td("notAccepting")}</Badge>
          )}
          {doctor.yearsOfPractice && doctor.yearsOfPractice > 0 ? (
            <Badge variant="outline">
              {td("yearsInPractice", { count: doctor.yearsOfPractice })}
            </Badge>
          ) : null}
        </div>
        {doctor.nextAvailableAt ? (
          <p className="text-sm">
            <NextAvailable at={doctor.nextAvailableAt} />
          </p>
        ) : null}
      </div>

      <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="grid content-start gap-8">
          {doctor.bio ? (
            <section aria-labelledby="about-title" className="grid gap-2">
              <h2 id="about-title" className="text-xl font-semibold">
                {t("about")}
              </h2>
              <p className="max-w-prose whitespace-pre-line">{doctor.bio}</p>
            </section>
          ) : null}

          {doctor.conditions.length > 0 ? (
            <section aria-labelledby="conditions-title" className="grid gap-2">
              <h2 id="conditions-title" className="text-xl font-semibold">
                {t("conditions")}
              </h2>
              <ul className="flex flex-wrap gap-2">
                {doctor.conditions.map((condition) => (
                  <li key={condition}>
                    <Badge variant="secondary" className="text-sm">
                      {condition}
                    </Badge>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}

          <section aria-labelledby="services-title" className="grid gap-3">
            <h2 id="services-title" className="text-xl font-semibold">
              {t("services")}
            </h2>
            {doctor.services.length > 0 ? (
              <ul className="grid gap-3">
                {doctor.services.map((service) => (
                  <li key={service.id} className="grid gap-1 rounded-xl border p-4">
                    <div className="flex flex-wrap items-baseline justify-between gap-2">
                      <h3 className="font-semibold">{service.name}</h3>
                      <p className="font-semibold">
                        {formatMoney(service.priceMinor, service.currency, locale)}
                      </p>
                    </div>
                    <p className="flex items-center gap-1.5 text-sm text-muted-foreground">
                      <Clock aria-hidden="true" className="size-4" />
                      {t("minutes", { minutes: service.durationMinutes })}
                    </p>
                    {service.description ? <p className="text-sm">{service.description}</p> : null}
                  </li>
                ))}
              </ul>
            ) : (
              <p className="text-muted-foreground">{t("noServices")}</p>
            )}
          </section>

          <section aria-labelledby="times-title" id="times" className="grid scroll-mt-4 gap-3">
            <h2 id="times-title" className="text-xl font-semibold">
              {t("freeTimes")}
            </h2>
            <SlotPicker
              doctorId={doctor.id}
              services={doctor.services}
              practiceTimeZone={practice.timeZone}
              from={from}
              to={to}
              bookingMode={bookingMode}
            />
          </section>
        </div>

        <aside aria-labelledby="practice-title" className="grid content-start gap-4">
          <div className="grid gap-3 rounded-xl border bg-card p-4">
            <h2 id="practice-title" className="text-lg font-semibold">
              {practice.name}
            </h2>
            <address className="flex items-start gap-2 text-sm not-italic">
              <MapPin aria-hidden="true" className="mt-0.5 size-4 shrink-0 text-primary" />
              <span>
                {practice.addressLine}
                <br />
                {[practice.postalCode, practice.city].filter(Boolean).join(" ")}
                <br />
                {practice.country}
              </span>
            </address>
            {practice.phone ? (
              <p className="flex items-center gap-2 text-sm">
                <Phone aria-hidden="true" className="size-4 shrink-0 text-primary" />
                <a
                  href={`tel:${practice.phone.replace(/[^+0-9]/g, "")}`}
                  className="text-primary underline underline-offset-4 hover:no-underline"
                >
                  {practice.phone}
                </a>
              </p>
            ) : null}
            {doctor.languages.length > 0 ? (
              <p className="flex items-start gap-2 text-sm">
                <Languages aria-hidden="true" className="mt-0.5 size-4 shrink-0 text-primary" />
                <span>{td("speaks", { languages: languageList(doctor.languages, locale) })}</span>
              </p>
            ) : null}
            {doctor.education ? (
              <p className="flex items-start gap-2 text-sm">
                <GraduationCap aria-hidden="true" className="mt-0.5 size-4 shrink-0 text-primary" />
                <span>{doctor.education}</span>
              </p>
            ) : null}
            <p className="text-xs text-muted-foreground">
              {t("timeZone", { zone: practice.timeZone })}
            </p>
          </div>
        </aside>
      </div>
    </div>
  );
}
