import { notFound, redirect } from "next/navigation";

import { AreaIntlProvider } from "~/i18n/area-provider";
import { gatePage } from "~/server/require-role";
import { signedInCaller } from "~/trpc/server";

export const dynamic = "force-dynamic";

/** Secure messaging, for patients and doctors (admins and visitors have no conversations). */
export default async function MessagesLayout({ children }: { children: React.ReactNode }) {
  const caller = await signedInCaller();
  if (!caller) redirect(`/sign-in?next=${encodeURIComponent("/messages")}`);
  if (caller.role !== "patient" && caller.role !== "doctor") notFound();
  const pending = gatePage(caller, "/messages");
  if (pending) redirect(pending);
  return (
    <AreaIntlProvider area="messages">
      <div className="mx-auto w-full max-w-4xl px-4 py-8">{children}</div>
    </AreaIntlProvider>
  );
}
