import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";

import { AuthCard, linkClass } from "../auth-card";
import { SignUpForm } from "./sign-up-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth");
  return { title: t("signUp.metaTitle") };
}

export default async function SignUpPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { role } = await searchParams;
  const t = await getTranslations("auth");
  return (
    <AuthCard
      title={t("signUp.title")}
      description={t("signUp.description")}
      footer={
        <p>
          {t.rich("signUp.haveAccount", {
            link: (chunks) => (
              <Link href="/sign-in" className={linkClass}>
                {chunks}
              </Link>
            ),
          })}
        </p>
      }
    >
      <SignUpForm initialRole={role === "doctor" ? "doctor" : "patient"} />
    </AuthCard>
  );
}
