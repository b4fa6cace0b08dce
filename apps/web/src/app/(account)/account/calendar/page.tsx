import { gateOf } from "@resq/api";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";

import { homeFor } from "~/navigation";
import { api, signedInCaller } from "~/trpc/server";

import { FinishSetUpNotice } from "../finish-set-up";

import { CalendarFeed } from "./calendar-feed";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("account");
  return { title: t("calendar.metaTitle") };
}

export default async function CalendarPage() {
  const caller = await signedInCaller();
  if (!caller || caller.role === "admin") notFound();
  const ready = gateOf(caller) === "full";
  const feed = ready ? await (await api()).calendar.feed() : null;
  const t = await getTranslations("account");

  return (
    <div className="grid gap-6">
      <div className="grid gap-2">
        <p className="text-sm">
          <Link href={homeFor(caller.role)} className="text-primary underline underline-offset-4">
            {t("backToDashboard")}
          </Link>
        </p>
        <h1 className="text-3xl font-semibold">{t("calendar.title")}</h1>
        <p className="text-muted-foreground">{t("calendar.intro")}</p>
      </div>
      {feed ? <CalendarFeed initialFeed={feed} role={caller.role} /> : <FinishSetUpNotice />}
    </div>
  );
}
