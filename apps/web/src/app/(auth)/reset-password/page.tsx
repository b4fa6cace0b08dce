import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";

import { resetTokenSchema } from "@resq/api/credential-schemas";

import { api } from "~/trpc/server";

import { AuthCard, linkClass } from "../auth-card";
import { ResetPasswordForm } from "./reset-password-form";

// The token is a secret in the URL: never cache this page, never send it on as a referrer
// (next.config.ts serves this path with Referrer-Policy: no-referrer).
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth");
  return { title: t("resetPassword.metaTitle"), referrer: "no-referrer" };
}
export const dynamic = "force-dynamic";

export default async function ResetPasswordPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { token } = await searchParams;
  const parsed = resetTokenSchema.safeParse(typeof token === "string" ? token : "");
  const check = parsed.success
    ? await (await api()).auth.checkPasswordReset({ token: parsed.data })
    : { valid: false as const };
  const t = await getTranslations("auth");

  if (!parsed.success || !check.valid) {
    return (
      <AuthCard
        title={t("resetPassword.invalid.title")}
        description={t("resetPassword.invalid.description")}
        footer={
          <p>
            <Link href="/sign-in" className={linkClass}>
              {t("resetPassword.backToSignIn")}
            </Link>
          </p>
        }
      >
        <p className="text-sm">
          <Link href="/forgot-password" className={linkClass}>
            {t("resetPassword.askNewLink")}
          </Link>
        </p>
      </AuthCard>
    );
  }

  return (
    <AuthCard title={t("resetPassword.title")} description={t("resetPassword.description")}>
      <ResetPasswordForm token={parsed.data} secondFactorRequired={check.secondFactorRequired} />
    </AuthCard>
  );
}
