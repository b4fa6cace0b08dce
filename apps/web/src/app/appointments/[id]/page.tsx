import { notFound, redirect } from "next/navigation";

import { signedInCaller } from "~/trpc/server";

export const dynamic = "force-dynamic";

/**
 * "/appointments/{id}", the link in appointment emails and notifications: the appointment's page
 * in the reader's own area (the page itself checks that it is theirs).
 */
export default async function AppointmentLink({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!/^[0-9a-f-]{36}$/i.test(id)) notFound();
  const caller = await signedInCaller();
  if (!caller) redirect(`/sign-in?next=${encodeURIComponent(`/appointments/${id}`)}`);
  if (caller.role === "admin") notFound();
  redirect(`/${caller.role}/appointments/${id}`);
}
