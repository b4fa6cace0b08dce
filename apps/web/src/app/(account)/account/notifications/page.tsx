import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";

import { gateOf } from "@resq/api";

import { Pager, pageParam } from "~/components/appointments/pager";
import { LiveRefresh } from "~/components/live/live-refresh";
import { homeFor } from "~/navigation";
import { api, signedInCaller } from "~/trpc/server";

import { FinishSetUpNotice } from "../finish-set-up";

import { notificationHref } from "./link";
import { NotificationList } from "./notification-list";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("account");
  return { title: t("notifications.metaTitle") };
}

const PAGE_SIZE = 20;

export default async function NotificationsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const caller = await signedInCaller();
  if (!caller) notFound();
  const page = pageParam((await searchParams).page);
  const ready = gateOf(caller) === "full";
  const trpc = await api();
  const [list, unread] = ready
    ? await Promise.all([
        trpc.notifications.list({ page, pageSize: PAGE_SIZE }),
        trpc.notifications.unreadCount(),
      ])
    : [null, null];
  const t = await getTranslations("account");

  return (
    <div className="grid gap-6">
      <div className="grid gap-2">
        <p className="text-sm">
          <Link href={homeFor(caller.role)} className="text-primary underline underline-offset-4">
            {t("backToDashboard")}
          </Link>
        </p>
        <div className="flex flex-wrap items-end justify-between gap-3">
          <h1 className="text-3xl font-semibold">{t("notifications.title")}</h1>
          <Link
            href="/account/notifications/preferences"
            className="text-sm text-primary underline underline-offset-4"
          >
            {t("notifications.preferencesLink")}
          </Link>
        </div>
      </div>
      {list && unread ? (
        <>
          <LiveRefresh kinds={["notification.new"]} />
          <NotificationList
            unread={unread.unread}
            items={list.items.map((item) => ({
              id: item.id,
              title: item.title,
              body: item.body,
              createdAt: item.createdAt,
              read: item.readAt !== null,
              href: notificationHref(item.link, caller.role),
            }))}
          />
          <Pager
            page={page}
            hasNext={page * PAGE_SIZE < list.total}
            label={t("notifications.pagerLabel")}
            hrefFor={(n) => `/account/notifications?page=${n}`}
          />
        </>
      ) : (
        <FinishSetUpNotice />
      )}
    </div>
  );
}
