import type { Metadata } from "next";
import Link from "next/link";

import { Button } from "@resq/ui/button";

import { signedInCaller } from "~/trpc/server";

import { Inbox } from "./inbox";

export const metadata: Metadata = { title: "Messages" };

export default async function MessagesPage() {
  const caller = await signedInCaller();
  const doctor = caller?.role === "doctor";
  return (
    <div className="grid gap-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div className="grid gap-1">
          <h1 className="text-3xl font-semibold">Messages</h1>
          <p className="text-muted-foreground">
            {doctor
              ? "Conversations waiting for you come first: unread, the longest waiting at the top."
              : "Secure messages with your care team."}
          </p>
        </div>
        <Button asChild>
          <Link href="/messages/new">New message</Link>
        </Button>
      </div>
      <Inbox doctor={doctor} />
    </div>
  );
}
