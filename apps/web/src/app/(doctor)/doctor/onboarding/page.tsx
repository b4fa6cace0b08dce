import type { Metadata } from "next";

import { api, signedInCaller } from "~/trpc/server";

import { Wizard } from "./wizard";

export const metadata: Metadata = { title: "Practice setup" };
export const dynamic = "force-dynamic";

export default async function OnboardingPage() {
  const [caller, onboarding] = await Promise.all([
    signedInCaller(),
    (await api()).practice.onboarding(),
  ]);
  return <Wizard initial={onboarding} doctorId={caller?.userId ?? ""} />;
}
