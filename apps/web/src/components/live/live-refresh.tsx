"use client";

import { useRouter } from "next/navigation";

import { useLiveEvents } from "./use-live-events";

/** Re-renders a server-rendered page when one of these live events arrives. */
export function LiveRefresh({ kinds }: { kinds: string[] }) {
  const router = useRouter();
  useLiveEvents((event) => {
    if (kinds.includes(event.kind)) router.refresh();
  });
  return null;
}
