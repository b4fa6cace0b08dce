"use client";

import { useTranslations } from "next-intl";

import { SignOutButton } from "~/components/sign-out-button";

/** Leaves the half-finished sign-in, e.g. to sign in with another account. */
export function SignOutLink() {
  const t = useTranslations("auth");
  return (
    <SignOutButton variant="link" className="h-auto p-0 font-medium" to="/sign-in">
      {t("twoFactor.signOut")}
    </SignOutButton>
  );
}
