import type { Metadata } from "next";
import Link from "next/link";

import { AuthCard, linkClass } from "../auth-card";
import { VerifyEmailForm } from "./verify-email-form";

export const metadata: Metadata = { title: "Verify your email" };

export default async function VerifyEmailPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { email, next } = await searchParams;
  return (
    <AuthCard
      title="Check your email"
      description="We sent an 8-character code to your email address. Enter it here to confirm the address and sign in. The code is valid for 10 minutes."
      footer={
        <p>
          Wrong address?{" "}
          <Link href="/sign-up" className={linkClass}>
            Start again
          </Link>
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
