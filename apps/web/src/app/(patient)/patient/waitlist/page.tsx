import type { Metadata } from "next";
import Link from "next/link";

import { api } from "~/trpc/server";

import { WaitlistEntries } from "./waitlist-entries";

export const metadata: Metadata = { title: "Your waitlist" };

export default async function WaitlistPage() {
  const entries = await (await api()).waitlist.mine();
  return (
    <div className="grid max-w-3xl gap-6">
      <div className="grid gap-2">
        <p className="text-sm">
          <Link href="/patient" className="text-primary underline underline-offset-4">
            Back to your dashboard
          </Link>
        </p>
        <h1 className="text-3xl font-semibold">Your waitlist</h1>
        <p className="text-muted-foreground">
          When a time frees up with a doctor you are waiting for, we hold it for you for a short
          while and tell you. Accept it before the hold ends, or it goes to the next patient.
        </p>
      </div>
      <WaitlistEntries initialEntries={entries} />
    </div>
  );
}
