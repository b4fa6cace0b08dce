import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";

import { gateOf } from "@resq/api";

import { afterSignIn, safeNextPath } from "~/navigation";
import { signedInCaller } from "~/trpc/server";

import { AuthCard, linkClass } from "../auth-card";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const next = safeNextPath(typeof params.next === "string" ? params.next : null);
  // Someone already fully signed in has nothing to do here.
  const caller = await signedInCaller();
  if (caller && gateOf(caller) === "full") redirect(afterSignIn(caller.role, next));

  return (
    <AuthCard
      title="Sign in to RESQ"
      description={next ? "Please sign in to continue to that page." : undefined}
      footer={
        <>
          <p>
            New to RESQ?{" "}
            <Link href="/sign-up" className={linkClass}>
              Create an account
            </Link>
          </p>
          <p>
            Got a code by email but did not use it?{" "}
            <Link href="/verify-email" className={linkClass}>
              Verify your email
            </Link>
          </p>
        </>
      }
    >
      <SignInForm next={next} />
    </AuthCard>
  );
}
