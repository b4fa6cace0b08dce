import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";

import { gateOf } from "@resq/api";

import { homeFor } from "~/navigation";
import { api, signedInCaller } from "~/trpc/server";

import { EmailSection } from "./email-section";
import { PasswordSection } from "./password-section";
import { SessionsSection } from "./sessions-section";
import { TwoFactorSection } from "./two-factor-section";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("account");
  return { title: t("security.metaTitle") };
}

export default async function SecurityPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { enrol } = await searchParams;
  // The layout has already sent anyone without a usable session elsewhere.
  const caller = await signedInCaller();
  if (!caller) return null;
  const gate = gateOf(caller);
  const trpc = await api();
  const [mfaStatus, sessions] = await Promise.all([
    trpc.account.mfaStatus(),
    trpc.account.listSessions(),
  ]);
  const t = await getTranslations("account");

  return (
    <div className="grid gap-8">
      <div className="grid gap-2">
        <h1 className="text-3xl font-semibold">{t("security.title")}</h1>
        <p className="text-muted-foreground">{t("security.intro")}</p>
        {gate === "full" ? (
          <p className="text-sm">
            <Link
              href={homeFor(caller.role)}
              className="font-medium text-primary underline underline-offset-4 hover:no-underline"
            >
              {t("backToDashboard")}
            </Link>
          </p>
        ) : null}
      </div>

      {gate === "unverifiedEmail" ? (
        <p role="status" className="rounded-md border border-warning bg-warning/10 p-4 text-sm">
          {t.rich("security.unverifiedEmail", {
            link: (chunks) => (
              <Link
                href={`/verify-email?email=${encodeURIComponent(caller.email)}`}
                className="font-medium text-primary underline underline-offset-4"
              >
                {chunks}
              </Link>
            ),
          })}
        </p>
      ) : null}

      <TwoFactorSection
        initialStatus={mfaStatus}
        role={caller.role}
        startEnrolment={enrol === "1" && !mfaStatus.enabled}
        mustEnrolNow={gate === "mfaEnrolmentRequired"}
      />
      <PasswordSection />
      <EmailSection currentEmail={caller.email} available={gate === "full"} />
      <SessionsSection initialSessions={sessions} />
    </div>
  );
}
