import { TRPCError } from "@trpc/server";
import { CircleCheck } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";

import { Button } from "@resq/ui/button";
import { Card, CardContent } from "@resq/ui/card";

import { LocalTime } from "~/components/local-time";
import { api } from "~/trpc/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("appointments.confirmed");
  return { title: t("metaTitle") };
}
export const dynamic = "force-dynamic";

export default async function BookingConfirmedPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { id } = await searchParams;
  if (typeof id !== "string" || !/^[0-9a-f-]{36}$/i.test(id)) notFound();
  let appointment;
  try {
    appointment = await (await api()).appointments.get({ id });
  } catch (error) {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST"))
      notFound();
    throw error;
  }
  const t = await getTranslations("appointments");
  const locale = await getLocale();
  const practiceTime = new Intl.DateTimeFormat(locale, {
    timeZone: appointment.timeZone,
    dateStyle: "full",
    timeStyle: "short",
  }).format(appointment.startsAt);

  return (
    <div className="grid max-w-2xl gap-6">
      <div className="grid gap-2">
        <h1 className="flex items-center gap-3 text-3xl font-semibold">
          <CircleCheck aria-hidden="true" className="size-8 text-success" />
          {appointment.status === "cancelled"
            ? t("confirmed.cancelledTitle")
            : t("confirmed.title")}
        </h1>
        <p className="text-muted-foreground">{t("confirmed.emailed")}</p>
      </div>
      <Card>
        <CardContent>
          <dl className="grid gap-3 text-sm sm:grid-cols-[8rem_1fr]">
            <dt className="font-medium">{t("detail.what")}</dt>
            <dd>{appointment.serviceName ?? t("appointment")}</dd>
            <dt className="font-medium">{t("detail.with")}</dt>
            <dd>{appointment.doctorName}</dd>
            <dt className="font-medium">{t("detail.when")}</dt>
            <dd className="grid gap-1">
              <LocalTime date={appointment.startsAt} />
              <span className="text-muted-foreground">
                {t("when.atPractice", { when: practiceTime, zone: appointment.timeZone })}
              </span>
            </dd>
            <dt className="font-medium">{t("detail.where")}</dt>
            <dd>{appointment.place}</dd>
            {appointment.reason ? (
              <>
                <dt className="font-medium">{t("detail.reason")}</dt>
                <dd className="whitespace-pre-line">{appointment.reason}</dd>
              </>
            ) : null}
          </dl>
        </CardContent>
      </Card>
      <div className="flex flex-wrap gap-3">
        <Button asChild>
          <Link href="/patient">{t("confirmed.toDashboard")}</Link>
        </Button>
        <Button asChild variant="outline">
          <Link href="/doctors">{t("confirmed.findAnother")}</Link>
        </Button>
      </div>
    </div>
  );
}
