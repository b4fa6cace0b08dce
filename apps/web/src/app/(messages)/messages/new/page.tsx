import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";

import { api, signedInCaller } from "~/trpc/server";

import { BackToMessages } from "../back-link";

import { NewConversationForm } from "./new-conversation-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("messaging");
  return { title: t("newConversation.title") };
}

export default async function NewMessagePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const caller = await signedInCaller();
  const t = await getTranslations("messaging.newConversation");
  const params = await searchParams;
  const trpc = await api();
  const [contacts, appointments] = await Promise.all([
    trpc.messages.contacts(),
    trpc.appointments.mine({ scope: "all", pageSize: 100 }),
  ]);
  const doctor = caller?.role === "doctor";
  const first = (value: string | string[] | undefined) =>
    (Array.isArray(value) ? value[0] : value) ?? "";
  return (
    <div className="grid gap-6">
      <div className="grid gap-2">
        <BackToMessages />
        <h1 className="text-3xl font-semibold">{t("title")}</h1>
        <p className="text-muted-foreground">{doctor ? t("introDoctor") : t("introPatient")}</p>
      </div>
      {contacts.length === 0 ? (
        <p className="rounded-md border p-6">
          {doctor ? t("noContactsDoctor") : t("noContactsPatient")}{" "}
          {doctor ? null : (
            <Link href="/doctors" className="text-primary underline underline-offset-4">
              {t("findDoctor")}
            </Link>
          )}
        </p>
      ) : (
        <NewConversationForm
          counterpartLabel={doctor ? t("patient") : t("doctor")}
          contacts={contacts}
          appointments={appointments.map((a) => ({
            id: a.id,
            counterpartId: doctor ? a.patientId : a.doctorId,
            startsAt: a.startsAt,
            serviceName: a.serviceName,
            status: a.status,
          }))}
          initialCounterpartId={first(params.to)}
          initialAppointmentId={first(params.appointment)}
        />
      )}
    </div>
  );
}
