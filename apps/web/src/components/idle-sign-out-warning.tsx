"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { usePathname, useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";

import { Button } from "@resq/ui/button";
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
} from "@resq/ui/dialog";
import { Spinner } from "@resq/ui/spinner";

import { useTRPC } from "~/trpc/react";

import { SignOutButton } from "./sign-out-button";

/** How long before the idle sign-out the warning appears. */
const WARN_BEFORE_MS = 2 * 60_000;
/** After other API activity, wait this long before asking the server for the new expiry. */
const ACTIVITY_SETTLE_MS = 5_000;
const CHANNEL = "resq-session-status";

/** The time left, in words: "2 minutes", "1 minute 20 seconds", "45 seconds". */
function formatRemaining(ms: number, t: ReturnType<typeof useTranslations<"common">>): string {
  const seconds = Math.max(0, Math.round(ms / 1000));
  if (seconds >= 90) return t("idleSignOut.minutes", { minutes: Math.ceil(seconds / 60) });
  if (seconds > 60) return t("idleSignOut.minuteAndSeconds", { seconds: seconds - 60 });
  return t("idleSignOut.seconds", { seconds });
}

/**
 * Warns a signed-in user two minutes before the session ends for inactivity, and sends them to sign
 * in again (then back here) once it has.
 *
 * Every request to the server counts as activity and slides the expiry, so this does NOT poll on a
 * timer: that would keep an unattended session alive for ever. It asks for the expiry on load, when
 * the window regains focus, after a navigation or other API call (activity that already moved it),
 * and when the user chooses to stay. Open tabs share what they learn.
 */
export function IdleSignOutWarning() {
  const t = useTranslations("common");
  const trpc = useTRPC();
  const router = useRouter();
  const pathname = usePathname();
  const queryClient = useQueryClient();
  const statusOptions = trpc.auth.sessionStatus.queryOptions(undefined, {
    refetchOnWindowFocus: true,
    staleTime: 60_000,
    retry: false,
  });
  const status = useQuery(statusOptions);
  const { refetch } = status;
  const expiresAtMs = status.data?.idleExpiresAt
    ? new Date(status.data.idleExpiresAt).getTime()
    : null;

  // Which expiry the warning is about, so a new expiry closes it without an effect resetting state.
  const [warningFor, setWarningFor] = useState<number | null>(null);
  const [remainingMs, setRemainingMs] = useState<number | null>(null);
  const [checking, setChecking] = useState(false);
  const warningOpen = expiresAtMs !== null && warningFor === expiresAtMs;

  // Sends the user to sign in again, back to where they were.
  const pathRef = useRef(pathname);
  useEffect(() => {
    pathRef.current = pathname;
  }, [pathname]);

  // Ask the server again; the session is over if it no longer knows us.
  const checkRef = useRef<() => Promise<void>>(() => Promise.resolve());
  useEffect(() => {
    checkRef.current = async () => {
      setChecking(true);
      const result = await refetch();
      setChecking(false);
      const expiry = result.data?.idleExpiresAt
        ? new Date(result.data.idleExpiresAt).getTime()
        : null;
      if (result.isError || (expiry !== null && expiry <= Date.now())) {
        const here = `${pathRef.current}${window.location.search}`;
        queryClient.removeQueries({ queryKey: statusOptions.queryKey });
        router.replace(`/sign-in?next=${encodeURIComponent(here)}`);
        router.refresh();
      }
    };
  });

  // The two moments that matter: the warning, and the end.
  useEffect(() => {
    if (expiresAtMs === null) return;
    const untilWarning = Math.max(0, expiresAtMs - WARN_BEFORE_MS - Date.now());
    const untilEnd = Math.max(0, expiresAtMs - Date.now());
    const warn = setTimeout(() => {
      setRemainingMs(expiresAtMs - Date.now());
      setWarningFor(expiresAtMs);
    }, untilWarning);
    const end = setTimeout(() => void checkRef.current(), untilEnd + 1_000);
    return () => {
      clearTimeout(warn);
      clearTimeout(end);
    };
  }, [expiresAtMs]);

  // A countdown while the warning is open.
  useEffect(() => {
    if (!warningOpen || expiresAtMs === null) return;
    const tick = setInterval(() => setRemainingMs(expiresAtMs - Date.now()), 1_000);
    return () => clearInterval(tick);
  }, [warningOpen, expiresAtMs]);

  // Other API calls and page navigations are activity the server has already counted.
  const statusKey = JSON.stringify(statusOptions.queryKey);
  useEffect(() => {
    let settle: ReturnType<typeof setTimeout> | undefined;
    const afterActivity = () => {
      clearTimeout(settle);
      settle = setTimeout(
        () => void queryClient.invalidateQueries({ queryKey: JSON.parse(statusKey) as unknown[] }),
        ACTIVITY_SETTLE_MS,
      );
    };
    const unsubscribeQueries = queryClient.getQueryCache().subscribe((event) => {
      if (event.type !== "updated" || event.action.type !== "success") return;
      if (JSON.stringify(event.query.queryKey) === statusKey) return;
      afterActivity();
    });
    const unsubscribeMutations = queryClient.getMutationCache().subscribe((event) => {
      if (event.type === "updated" && event.action.type === "success") afterActivity();
    });
    return () => {
      clearTimeout(settle);
      unsubscribeQueries();
      unsubscribeMutations();
    };
  }, [queryClient, statusKey]);

  const previousPath = useRef(pathname);
  useEffect(() => {
    if (previousPath.current === pathname) return;
    previousPath.current = pathname;
    void queryClient.invalidateQueries({ queryKey: JSON.parse(statusKey) as unknown[] });
  }, [pathname, queryClient, statusKey]);

  // Tabs tell each other the newest expiry, so activity in one keeps the others from warning.
  const channelRef = useRef<BroadcastChannel | null>(null);
  useEffect(() => {
    if (typeof BroadcastChannel === "undefined") return;
    const channel = new BroadcastChannel(CHANNEL);
    channelRef.current = channel;
    channel.onmessage = (event: MessageEvent<{ idleExpiresAt?: number }>) => {
      const theirs = event.data.idleExpiresAt;
      if (typeof theirs !== "number") return;
      queryClient.setQueryData(statusOptions.queryKey, (current) => {
        const ours = current?.idleExpiresAt ? new Date(current.idleExpiresAt).getTime() : 0;
        return theirs > ours ? { idleExpiresAt: new Date(theirs) } : current;
      });
    };
    return () => {
      channel.close();
      channelRef.current = null;
    };
    // statusOptions.queryKey is stable for this procedure (statusKey captures it).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [queryClient, statusKey]);
  useEffect(() => {
    if (expiresAtMs !== null) channelRef.current?.postMessage({ idleExpiresAt: expiresAtMs });
  }, [expiresAtMs]);

  async function staySignedIn() {
    // The request itself is the activity that extends the session.
    await checkRef.current();
  }

  return (
    <Dialog
      open={warningOpen}
      onOpenChange={(open) => {
        if (!open) void staySignedIn();
      }}
    >
      <DialogContent role="alertdialog" showCloseButton={false}>
        <DialogHeader>
          <DialogTitle>{t("idleSignOut.title")}</DialogTitle>
          <DialogDescription>
            {t("idleSignOut.text", {
              remaining: formatRemaining(remainingMs ?? WARN_BEFORE_MS, t),
            })}
          </DialogDescription>
        </DialogHeader>
        <DialogFooter>
          <SignOutButton variant="outline" />
          <Button type="button" onClick={() => void staySignedIn()} disabled={checking}>
            {checking ? (
              <Spinner label={t("idleSignOut.pending")} className="text-current" />
            ) : null}
            {t("idleSignOut.stay")}
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
