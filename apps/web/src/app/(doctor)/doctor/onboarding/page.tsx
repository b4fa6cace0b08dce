import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { api, signedInCaller } from "~/trpc/server";

import { Wizard } from "./wizard";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("doctor.onboarding");
  return { title: t("metaTitle") };
}
export const dynamic = "force-dynamic";

export default async function OnboardingPage() {
  const [caller, onboarding] = await Promise.all([
    signedInCaller(),
    (await api()).practice.onboarding(),
  ]);
  return <Wizard initial={onboarding} doctorId={caller?.userId ?? ""} />;
}
