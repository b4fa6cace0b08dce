"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { Bell } from "lucide-react";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { useState } from "react";

import { cn } from "@resq/ui/cn";

import { useTRPC } from "~/trpc/react";

import { seedLiveCursor, useLiveEvents } from "./live/use-live-events";

/**
 * The header's bell: the unread notification count, kept live, linking to the notification
 * centre. Changes are announced politely to screen readers.
 */
export function NotificationBell({ cursor, unread }: { cursor: string; unread: number }) {
  useState(() => seedLiveCursor(cursor));
  const t = useTranslations("common");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const count = useQuery({
    ...trpc.notifications.unreadCount.queryOptions(),
    initialData: { unread },
    // Also correct after another tab or device marks them read.
    refetchOnWindowFocus: true,
  });
  useLiveEvents((event) => {
    if (event.kind === "notification.new") {
      void queryClient.invalidateQueries({ queryKey: trpc.notifications.pathKey() });
    }
  });
  const n = count.data.unread;
  return (
    <>
      <Link
        href="/account/notifications"
        aria-label={n === 0 ? t("notifications.bellNone") : t("notifications.bell", { count: n })}
        data-testid="notification-bell"
        className="relative inline-flex size-10 items-center justify-center rounded-md hover:bg-accent focus-visible:ring-[3px] focus-visible:ring-ring focus-visible:outline-none"
      >
        <Bell aria-hidden="true" className="size-5" />
        <span
          aria-hidden="true"
          className={cn(
            "absolute top-0.5 right-0.5 min-w-5 rounded-full bg-destructive px-1 text-center text-xs leading-5 font-semibold text-destructive-foreground",
            n === 0 && "hidden",
          )}
        >
          {n > 99 ? "99+" : n}
        </span>
      </Link>
      <span aria-live="polite" className="sr-only">
        {n === 0 ? "" : t("notifications.announce", { count: n })}
      </span>
    </>
  );
}
