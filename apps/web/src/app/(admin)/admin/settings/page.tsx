import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { api } from "~/trpc/server";

import { AdminHeading } from "../admin-page";
import { BookingForm, MessagingForm, PlatformForm, SecurityForm } from "./settings-forms";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin");
  return { title: t("settings.title") };
}

export const dynamic = "force-dynamic";

export default async function SettingsPage() {
  const t = await getTranslations("admin");
  const settings = await (await api()).admin.settings();
  return (
    <div className="grid gap-8">
      <AdminHeading title={t("settings.title")}>
        <p>{t("settings.intro")}</p>
      </AdminHeading>
      <Group id="platform" title={t("settings.groups.platform")}>
        <PlatformForm values={settings.platform} />
      </Group>
      <Group id="security" title={t("settings.groups.security")}>
        <SecurityForm values={settings.security} />
      </Group>
      <Group id="booking" title={t("settings.groups.booking")}>
        <p className="text-sm text-muted-foreground">{t("settings.bookingNote")}</p>
        <BookingForm values={settings.booking} />
      </Group>
      <Group id="messaging" title={t("settings.groups.messaging")}>
        <MessagingForm values={settings.messaging} />
      </Group>
    </div>
  );
}

function Group({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={`${id}-heading`} className="grid gap-4 rounded-xl border p-4">
      <h2 id={`${id}-heading`} className="text-xl font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}
