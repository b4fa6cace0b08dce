import type { Metadata } from "next";
import Link from "next/link";

import { AuthCard, linkClass } from "../auth-card";
import { SignUpForm } from "./sign-up-form";

export const metadata: Metadata = { title: "Create an account" };

export default async function SignUpPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { role } = await searchParams;
  return (
    <AuthCard
      title="Create your RESQ account"
      description="Patients book and manage their care; doctors run their practice after we verify them."
      footer={
        <p>
          Already have an account?{" "}
          <Link href="/sign-in" className={linkClass}>
            Sign in
          </Link>
        </p>
      }
    >
      <SignUpForm initialRole={role === "doctor" ? "doctor" : "patient"} />
    </AuthCard>
  );
}
