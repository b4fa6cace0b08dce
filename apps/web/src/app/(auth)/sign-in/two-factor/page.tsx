import type { Metadata } from "next";
import { redirect } from "next/navigation";

import { gateOf } from "@resq/api";

import { afterSignIn, safeNextPath } from "~/navigation";
import { gatePage } from "~/server/require-role";
import { signedInCaller } from "~/trpc/server";

import { AuthCard } from "../../auth-card";
import { SignOutLink } from "./sign-out-link";
import { TwoFactorForm } from "./two-factor-form";

export const metadata: Metadata = { title: "Two-factor sign-in" };
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

  return (
    <AuthCard
      title="Enter your sign-in code"
      description="Open your authenticator app and enter the 6-digit code it shows for RESQ."
      footer={
        <p>
          Not you, or no access to your codes? <SignOutLink />
        </p>
      }
    >
      <TwoFactorForm role={caller.role} email={caller.email} next={next} />
    </AuthCard>
  );
}
