import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { gateOf } from "@resq/api";

import { api, signedInCaller } from "~/trpc/server";

import { FinishSetUpNotice } from "../../finish-set-up";

import { PreferenceTable } from "./preference-table";

export const metadata: Metadata = { title: "Notification preferences" };

export default async function NotificationPreferencesPage() {
  const caller = await signedInCaller();
  if (!caller) notFound();
  const ready = gateOf(caller) === "full";
  const preferences = ready ? await (await api()).notifications.preferences() : null;
  return (
    <div className="grid gap-6">
      <div className="grid gap-2">
        <p className="text-sm">
          <Link href="/account/notifications" className="text-primary underline underline-offset-4">
            Back to your notifications
          </Link>
        </p>
        <h1 className="text-3xl font-semibold">Notification preferences</h1>
        <p className="text-muted-foreground">
          Choose how RESQ tells you about each kind of event: in the app (the bell) and by email.
          Emails never contain your messages or health information. Security alerts are always sent.
        </p>
      </div>
      {preferences ? <PreferenceTable initial={preferences} /> : <FinishSetUpNotice />}
    </div>
  );
}
