import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";

import { api } from "~/trpc/server";

import { WaitlistEntries } from "./waitlist-entries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("patient.waitlist");
  return { title: t("title") };
}

export default async function WaitlistPage() {
  const t = await getTranslations("patient.waitlist");
  const entries = await (await api()).waitlist.mine();
  return (
    <div className="grid max-w-3xl gap-6">
      <div className="grid gap-2">
        <p className="text-sm">
          <Link href="/patient" className="text-primary underline underline-offset-4">
            {t("backToDashboard")}
          </Link>
        </p>
        <h1 className="text-3xl font-semibold">{t("title")}</h1>
        <p className="text-muted-foreground">{t("intro")}</p>
      </div>
      <WaitlistEntries initialEntries={entries} />
    </div>
  );
}
