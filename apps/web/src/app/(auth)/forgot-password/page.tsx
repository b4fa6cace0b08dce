import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";

import { AuthCard, linkClass } from "../auth-card";
import { ForgotPasswordForm } from "./forgot-password-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth");
  return { title: t("forgotPassword.metaTitle") };
}

export default async function ForgotPasswordPage() {
  const t = await getTranslations("auth");
  return (
    <AuthCard
      title={t("forgotPassword.title")}
      description={t("forgotPassword.description")}
      footer={
        <p>
          {t.rich("forgotPassword.remembered", {
            link: (chunks) => (
              <Link href="/sign-in" className={linkClass}>
                {chunks}
              </Link>
            ),
          })}
        </p>
      }
    >
      <ForgotPasswordForm />
    </AuthCard>
  );
}
