"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Laptop } from "lucide-react";
import { toast } from "sonner";

import { Badge } from "@resq/ui/badge";

import { apiProblem } from "~/components/api-problem";
import { ConfirmDialog } from "~/components/confirm-dialog";
import { LocalTime } from "~/components/local-time";
import { describeUserAgent } from "~/components/user-agent";
import { useTRPC } from "~/trpc/react";

import { Section } from "./section";

interface SessionRow {
  id: string;
  createdAt: Date;
  lastActiveAt: Date;
  ip: string | null;
  userAgent: string | null;
  current: boolean;
}

export function SessionsSection({ initialSessions }: { initialSessions: SessionRow[] }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const sessions = useQuery(
    trpc.account.listSessions.queryOptions(undefined, { initialData: initialSessions }),
  ).data;
  const revoke = useMutation(trpc.account.revokeSession.mutationOptions());
  const revokeOthers = useMutation(trpc.account.revokeOtherSessions.mutationOptions());
  const others = sessions.filter((session) => !session.current);

  async function refresh() {
    await queryClient.invalidateQueries(trpc.account.listSessions.queryFilter());
  }

  async function signOutSession(session: SessionRow) {
    try {
      await revoke.mutateAsync({ sessionId: session.id });
      toast.success(`${describeUserAgent(session.userAgent)} was signed out.`);
    } catch (error) {
      toast.error(apiProblem(error).message);
    }
    await refresh();
  }

  async function signOutOthers() {
    try {
      const result = await revokeOthers.mutateAsync();
      toast.success(
        result.ended === 1
          ? "1 other device was signed out."
          : `${result.ended} other devices were signed out.`,
      );
    } catch (error) {
      toast.error(apiProblem(error).message);
    }
    await refresh();
  }

  return (
    <Section
      id="sessions"
      title="Where you are signed in"
      description="Sign out any device you do not recognise, then change your password."
    >
      <ul className="grid gap-3" aria-label="Signed-in devices">
        {sessions.map((session) => {
          const device = describeUserAgent(session.userAgent);
          return (
            <li
              key={session.id}
              className="flex flex-col gap-3 rounded-md border p-3 sm:flex-row sm:items-center sm:justify-between"
            >
              <div className="flex min-w-0 gap-3">
                <Laptop
                  aria-hidden="true"
                  className="mt-0.5 size-5 shrink-0 text-muted-foreground"
                />
                <div className="grid min-w-0 gap-0.5 text-sm">
                  <p className="flex flex-wrap items-center gap-2 font-medium">
                    {device}
                    {session.current ? <Badge variant="success">This device</Badge> : null}
                  </p>
                  <p className="break-all text-muted-foreground">
                    IP address: {session.ip ?? "unknown"}
                  </p>
                  <p className="text-muted-foreground">
                    Last active <LocalTime date={session.lastActiveAt} /> · signed in{" "}
                    <LocalTime date={session.createdAt} />
                  </p>
                </div>
              </div>
              {session.current ? null : (
                <ConfirmDialog
                  trigger={
                    <>
                      Sign out
                      <span className="sr-only">
                        {" "}
                        {device}, last active from {session.ip ?? "an unknown address"}
                      </span>
                    </>
                  }
                  title={`Sign out ${device}?`}
                  description="That device will need to sign in again with the password (and code, if two-factor sign-in is on)."
                  confirmLabel="Sign out"
                  pendingLabel="Signing out…"
                  onConfirm={() => signOutSession(session)}
                />
              )}
            </li>
          );
        })}
      </ul>
      {others.length > 0 ? (
        <ConfirmDialog
          trigger="Sign out everywhere else"
          triggerProps={{ variant: "outline", size: "default", className: "justify-self-start" }}
          title="Sign out every other device?"
          description={`${others.length === 1 ? "1 other device" : `${others.length} other devices`} will need to sign in again. This device stays signed in.`}
          confirmLabel="Sign out everywhere else"
          pendingLabel="Signing out other devices…"
          onConfirm={signOutOthers}
        />
      ) : (
        <p className="text-sm text-muted-foreground">You are not signed in anywhere else.</p>
      )}
    </Section>
  );
}
