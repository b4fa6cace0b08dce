import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";

import { gateOf } from "@resq/api";

import { afterSignIn, safeNextPath } from "~/navigation";
import { gatePage } from "~/server/require-role";
import { signedInCaller } from "~/trpc/server";

import { AuthCard } from "../../auth-card";
import { SignOutLink } from "./sign-out-link";
import { TwoFactorForm } from "./two-factor-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth");
  return { title: t("twoFactor.metaTitle") };
}
export const dynamic = "force-dynamic";

export default async function TwoFactorPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const next = safeNextPath(typeof params.next === "string" ? params.next : null);
  const caller = await signedInCaller();
  // This step belongs to a session that has the password but not yet the code.
  if (!caller) redirect(next ? `/sign-in?next=${encodeURIComponent(next)}` : "/sign-in");
  if (gateOf(caller) !== "pendingSecondFactor")
    redirect(gatePage(caller) ?? afterSignIn(caller.role, next));
  const t = await getTranslations("auth");

  return (
    <AuthCard
      title={t("twoFactor.title")}
      description={t("twoFactor.description")}
      footer={
        <p>
          {t("twoFactor.notYou")} <SignOutLink />
        </p>
      }
    >
      <TwoFactorForm role={caller.role} email={caller.email} next={next} />
    </AuthCard>
  );
}
