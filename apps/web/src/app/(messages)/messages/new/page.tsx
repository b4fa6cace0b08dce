import type { Metadata } from "next";
import Link from "next/link";

import { api, signedInCaller } from "~/trpc/server";

import { BackToMessages } from "../back-link";

import { NewConversationForm } from "./new-conversation-form";

export const metadata: Metadata = { title: "New message" };

export default async function NewMessagePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const caller = await signedInCaller();
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
        <h1 className="text-3xl font-semibold">New message</h1>
        <p className="text-muted-foreground">
          {doctor
            ? "You can write to patients you have had or have an appointment with."
            : "You can write to doctors you have had or have an appointment with."}
        </p>
      </div>
      {contacts.length === 0 ? (
        <p className="rounded-md border p-6">
          {doctor
            ? "You have no patients to write to yet."
            : "You can message a doctor once you have booked an appointment with them."}{" "}
          {doctor ? null : (
            <Link href="/doctors" className="text-primary underline underline-offset-4">
              Find a doctor
            </Link>
          )}
        </p>
      ) : (
        <NewConversationForm
          counterpartLabel={doctor ? "Patient" : "Doctor"}
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
