import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { redirect } from "next/navigation";

import { gateOf } from "@resq/api";

import { afterSignIn, safeNextPath } from "~/navigation";
import { signedInCaller } from "~/trpc/server";

import { AuthCard, linkClass } from "../auth-card";
import { SignInForm } from "./sign-in-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth");
  return { title: t("signIn.metaTitle") };
}

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
  const t = await getTranslations("auth");

  return (
    <AuthCard
      title={t("signIn.title")}
      description={next ? t("signIn.continueDescription") : undefined}
      footer={
        <>
          <p>
            {t.rich("signIn.newHere", {
              link: (chunks) => (
                <Link href="/sign-up" className={linkClass}>
                  {chunks}
                </Link>
              ),
            })}
          </p>
          <p>
            {t.rich("signIn.verifyPrompt", {
              link: (chunks) => (
                <Link href="/verify-email" className={linkClass}>
                  {chunks}
                </Link>
              ),
            })}
          </p>
        </>
      }
    >
      <SignInForm next={next} />
    </AuthCard>
  );
}
