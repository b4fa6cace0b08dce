import { redirect } from "next/navigation";

import { gateOf } from "@resq/api";

import { signedInCaller } from "~/trpc/server";
import { AreaIntlProvider } from "~/i18n/area-provider";

export const dynamic = "force-dynamic";

/**
 * Account pages, for every role. Unlike the role areas, a user who still has to verify their email
 * or set up required two-factor sign-in may come here (that set-up happens here); one who has not
 * yet given their second factor may not.
 */
export default async function AccountLayout({ children }: { children: React.ReactNode }) {
  const caller = await signedInCaller();
  if (!caller) redirect(`/sign-in?next=${encodeURIComponent("/account/security")}`);
  if (gateOf(caller) === "pendingSecondFactor") {
    redirect(`/sign-in/two-factor?next=${encodeURIComponent("/account/security")}`);
  }
  return (
    <AreaIntlProvider area="account">
      <div className="mx-auto w-full max-w-3xl px-4 py-8">{children}</div>
    </AreaIntlProvider>
  );
}
