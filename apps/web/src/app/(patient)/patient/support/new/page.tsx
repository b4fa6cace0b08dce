import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { NewSupportRequest } from "~/components/support/requester-pages";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("support");
  return { title: t("new.title") };
}

export default function NewSupportRequestPage() {
  return <NewSupportRequest basePath="/patient/support" />;
}
