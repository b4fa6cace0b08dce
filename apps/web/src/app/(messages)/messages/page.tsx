import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";

import { Button } from "@resq/ui/button";

import { signedInCaller } from "~/trpc/server";

import { Inbox } from "./inbox";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("messaging");
  return { title: t("inbox.title") };
}

export default async function MessagesPage() {
  const caller = await signedInCaller();
  const doctor = caller?.role === "doctor";
  const t = await getTranslations("messaging");
  return (
    <div className="grid gap-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div className="grid gap-1">
          <h1 className="text-3xl font-semibold">{t("inbox.title")}</h1>
          <p className="text-muted-foreground">
            {doctor ? t("inbox.introDoctor") : t("inbox.introPatient")}
          </p>
        </div>
        <Button asChild>
          <Link href="/messages/new">{t("inbox.newMessage")}</Link>
        </Button>
      </div>
      <Inbox doctor={doctor} />
    </div>
  );
}
