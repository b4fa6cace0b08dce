"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";

import { useIsClient } from "~/components/use-is-client";

/** "4:05": minutes and seconds. */
function clock(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, "0")}`;
}

/** "about 4 minutes 30 seconds left to accept", rounded up to 30 seconds. */
function spoken(ms: number, t: ReturnType<typeof useTranslations<"patient.waitlist.countdown">>) {
  const halfMinutes = Math.max(0, Math.ceil(ms / 30_000));
  const minutes = Math.floor(halfMinutes / 2);
  const half = halfMinutes % 2 === 1;
  if (minutes === 0) return half ? t("leftSeconds") : t("leftNone");
  return half ? t("leftMinutesSeconds", { minutes }) : t("leftMinutes", { minutes });
}

/**
 * Time left until `until`. The visible clock ticks every second but is hidden from screen readers;
 * a polite live region says the time left, changing no more than every 30 seconds.
 */
export function Countdown({ until, onExpired }: { until: Date; onExpired?: () => void }) {
  const t = useTranslations("patient.waitlist.countdown");
  const isClient = useIsClient();
  const [now, setNow] = useState(() => Date.now());
  const left = until.getTime() - now;

  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  useEffect(() => {
    if (isClient && left <= 0) onExpired?.();
  }, [isClient, left <= 0, onExpired]); // eslint-disable-line react-hooks/exhaustive-deps

  if (!isClient) return <span className="font-mono text-2xl font-semibold">–:––</span>;
  return (
    <span className="grid gap-0.5">
      <span aria-hidden="true" className="font-mono text-2xl font-semibold tabular-nums">
        {left > 0 ? clock(left) : "0:00"}
      </span>
      <span aria-live="polite" aria-atomic="true" className="sr-only">
        {left > 0 ? spoken(left, t) : t("lapsed")}
      </span>
    </span>
  );
}
