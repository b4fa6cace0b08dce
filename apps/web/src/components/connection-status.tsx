"use client";

import { useIsFetching, useIsMutating } from "@tanstack/react-query";
import { Hourglass, WifiOff } from "lucide-react";
import { useTranslations } from "next-intl";
import { useEffect, useState, useSyncExternalStore } from "react";
import { toast } from "sonner";

/** After this long waiting for RESQ, the page says the connection seems slow. */
const SLOW_AFTER_MS = 6_000;

function subscribeToConnection(onChange: () => void) {
  window.addEventListener("online", onChange);
  window.addEventListener("offline", onChange);
  return () => {
    window.removeEventListener("online", onChange);
    window.removeEventListener("offline", onChange);
  };
}

/**
 * Tells people when their connection is gone or slow, on every page: a notice while offline, a
 * toast when it is back, and a notice when a request has been waiting for several seconds. The
 * live region is always in the page so screen readers announce what appears in it.
 */
export function ConnectionStatus() {
  const t = useTranslations("common.connection");
  const online = useSyncExternalStore(
    subscribeToConnection,
    () => navigator.onLine,
    () => true, // the server renders as if online
  );
  const busy = useIsFetching() + useIsMutating() > 0;
  const [slow, setSlow] = useState(false);

  useEffect(() => {
    const back = () => toast.success(t("online"));
    window.addEventListener("online", back);
    return () => window.removeEventListener("online", back);
  }, [t]);

  useEffect(() => {
    if (!busy) return;
    const timer = setTimeout(() => setSlow(true), SLOW_AFTER_MS);
    return () => {
      clearTimeout(timer);
      setSlow(false);
    };
  }, [busy]);

  const message = !online ? t("offline") : slow ? t("slow") : null;
  const Icon = online ? Hourglass : WifiOff;
  return (
    <div role="status" aria-label={t("label")}>
      {message ? (
        <p
          data-testid="connection-status"
          className="mx-auto flex max-w-6xl items-start gap-2 border-b border-warning bg-warning/15 px-4 py-2 text-sm font-medium text-foreground"
        >
          <Icon aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
          {message}
        </p>
      ) : null}
    </div>
  );
}
