import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";

import { AuthCard, linkClass } from "../auth-card";
import { VerifyEmailForm } from "./verify-email-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth");
  return { title: t("verifyEmail.metaTitle") };
}

export default async function VerifyEmailPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { email, next } = await searchParams;
  const t = await getTranslations("auth");
  return (
    <AuthCard
      title={t("verifyEmail.title")}
      description={t("verifyEmail.description")}
      footer={
        <p>
          {t.rich("verifyEmail.wrongAddress", {
            link: (chunks) => (
              <Link href="/sign-up" className={linkClass}>
                {chunks}
              </Link>
            ),
          })}
        </p>
      }
    >
      <VerifyEmailForm
        initialEmail={typeof email === "string" ? email : ""}
        next={typeof next === "string" ? next : null}
      />
    </AuthCard>
  );
}
