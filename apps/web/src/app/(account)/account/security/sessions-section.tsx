"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Laptop } from "lucide-react";
import { useTranslations } from "next-intl";
import { toast } from "sonner";

import { Badge } from "@resq/ui/badge";

import { apiProblem } from "~/components/api-problem";
import { ConfirmDialog } from "~/components/confirm-dialog";
import { LocalTime } from "~/components/local-time";
import { useDescribeUserAgent } from "~/components/use-describe-user-agent";
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
  const t = useTranslations("account");
  const describeUserAgent = useDescribeUserAgent();
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
      toast.success(
        t("security.sessions.signedOut", { device: describeUserAgent(session.userAgent) }),
      );
    } catch (error) {
      toast.error(apiProblem(error).message);
    }
    await refresh();
  }

  async function signOutOthers() {
    try {
      const result = await revokeOthers.mutateAsync();
      toast.success(t("security.sessions.othersSignedOut", { count: result.ended }));
    } catch (error) {
      toast.error(apiProblem(error).message);
    }
    await refresh();
  }

  return (
    <Section
      id="sessions"
      title={t("security.sessions.title")}
      description={t("security.sessions.description")}
    >
      <ul className="grid gap-3" aria-label={t("security.sessions.listLabel")}>
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
                    {session.current ? (
                      <Badge variant="success">{t("security.sessions.thisDevice")}</Badge>
                    ) : null}
                  </p>
                  <p className="break-all text-muted-foreground">
                    {session.ip
                      ? t("security.sessions.ipAddress", { ip: session.ip })
                      : t("security.sessions.ipUnknown")}
                  </p>
                  <p className="text-muted-foreground">
                    {t.rich("security.sessions.activity", {
                      lastActive: () => <LocalTime date={session.lastActiveAt} />,
                      signedIn: () => <LocalTime date={session.createdAt} />,
                    })}
                  </p>
                </div>
              </div>
              {session.current ? null : (
                <ConfirmDialog
                  trigger={
                    session.ip
                      ? t.rich("security.sessions.signOutTrigger", {
                          device,
                          ip: session.ip,
                          hidden: (chunks) => <span className="sr-only">{chunks}</span>,
                        })
                      : t.rich("security.sessions.signOutTriggerUnknownIp", {
                          device,
                          hidden: (chunks) => <span className="sr-only">{chunks}</span>,
                        })
                  }
                  title={t("security.sessions.signOutTitle", { device })}
                  description={t("security.sessions.signOutDescription")}
                  confirmLabel={t("security.sessions.signOut")}
                  pendingLabel={t("security.sessions.signingOut")}
                  onConfirm={() => signOutSession(session)}
                />
              )}
            </li>
          );
        })}
      </ul>
      {others.length > 0 ? (
        <ConfirmDialog
          trigger={t("security.sessions.signOutOthers")}
          triggerProps={{ variant: "outline", size: "default", className: "justify-self-start" }}
          title={t("security.sessions.signOutOthersTitle")}
          description={t("security.sessions.signOutOthersDescription", { count: others.length })}
          confirmLabel={t("security.sessions.signOutOthers")}
          pendingLabel={t("security.sessions.signingOutOthers")}
          onConfirm={signOutOthers}
        />
      ) : (
        <p className="text-sm text-muted-foreground">{t("security.sessions.noOthers")}</p>
      )}
    </Section>
  );
}
