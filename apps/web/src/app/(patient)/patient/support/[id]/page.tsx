import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { SupportRequest } from "~/components/support/requester-pages";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("support");
  return { title: t("request.metaTitle") };
}

export default async function SupportRequestPage({ params }: { params: Promise<{ id: string }> }) {
  return <SupportRequest basePath="/patient/support" id={(await params).id} />;
}
