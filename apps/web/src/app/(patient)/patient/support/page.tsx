import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { MySupportRequests } from "~/components/support/requester-pages";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("support");
  return { title: t("list.title") };
}

export default async function SupportPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  return <MySupportRequests basePath="/patient/support" searchParams={await searchParams} />;
}
