import type { Metadata } from "next";
import Link from "next/link";

import { resetTokenSchema } from "@resq/api/credential-schemas";

import { api } from "~/trpc/server";

import { AuthCard, linkClass } from "../auth-card";
import { ResetPasswordForm } from "./reset-password-form";

// The token is a secret in the URL: never cache this page, never send it on as a referrer
// (next.config.ts serves this path with Referrer-Policy: no-referrer).
export const metadata: Metadata = { title: "Choose a new password", referrer: "no-referrer" };
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

  if (!parsed.success || !check.valid) {
    return (
      <AuthCard
        title="This reset link does not work"
        description="Reset links work once, for one hour. This one has expired, was already used, or was copied incompletely."
        footer={
          <p>
            <Link href="/sign-in" className={linkClass}>
              Back to sign in
            </Link>
          </p>
        }
      >
        <p className="text-sm">
          <Link href="/forgot-password" className={linkClass}>
            Ask for a new reset link
          </Link>
        </p>
      </AuthCard>
    );
  }

  return (
    <AuthCard
      title="Choose a new password"
      description="After the change, every device signed in to your account is signed out."
    >
      <ResetPasswordForm token={parsed.data} secondFactorRequired={check.secondFactorRequired} />
    </AuthCard>
  );
}
