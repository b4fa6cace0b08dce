import type { Metadata } from "next";

import { signedInCaller } from "~/trpc/server";

export const metadata: Metadata = { title: "Dashboard" };

export default async function PatientDashboard() {
  const caller = await signedInCaller();
  return (
    <>
      <h1 className="text-3xl font-semibold">Welcome, {caller?.name}</h1>
    </>
  );
}
