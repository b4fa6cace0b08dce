import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";

import { gateOf } from "@resq/api";

import { api, signedInCaller } from "~/trpc/server";

import { FinishSetUpNotice } from "../../finish-set-up";

import { PreferenceTable } from "./preference-table";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("account");
  return { title: t("preferences.metaTitle") };
}

export default async function NotificationPreferencesPage() {
  const caller = await signedInCaller();
  if (!caller) notFound();
  const ready = gateOf(caller) === "full";
  const preferences = ready ? await (await api()).notifications.preferences() : null;
  const t = await getTranslations("account");
  return (
    <div className="grid gap-6">
      <div className="grid gap-2">
        <p className="text-sm">
          <Link href="/account/notifications" className="text-primary underline underline-offset-4">
            {t("preferences.back")}
          </Link>
        </p>
        <h1 className="text-3xl font-semibold">{t("preferences.title")}</h1>
        <p className="text-muted-foreground">{t("preferences.intro")}</p>
      </div>
      {preferences ? <PreferenceTable initial={preferences} /> : <FinishSetUpNotice />}
    </div>
  );
}
