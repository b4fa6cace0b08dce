"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { toast } from "sonner";

import { Badge } from "@resq/ui/badge";
import { Button } from "@resq/ui/button";
import { cn } from "@resq/ui/cn";

import { apiProblem } from "~/components/api-problem";
import { LocalTime } from "~/components/local-time";
import { useTRPC } from "~/trpc/react";

interface Item {
  id: string;
  title: string;
  body: string | null;
  createdAt: Date;
  read: boolean;
  href: string | null;
}

/** The notifications, unread ones marked; opening one's link marks it read. */
export function NotificationList({ items, unread }: { items: Item[]; unread: number }) {
  const t = useTranslations("account");
  const trpc = useTRPC();
  const router = useRouter();
  const markRead = useMutation(trpc.notifications.markRead.mutationOptions());

  async function mark(id?: string) {
    try {
      const { marked } = await markRead.mutateAsync(id ? { id } : {});
      if (!id) toast.success(t("notifications.markedAll", { count: marked }));
    } catch (error) {
      toast.error(apiProblem(error).message);
    }
    router.refresh();
  }

  return (
    <section aria-labelledby="list-title" className="grid gap-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 id="list-title" className="text-xl font-semibold">
          {t("notifications.unreadHeading", { count: unread })}
        </h2>
        {unread > 0 ? (
          <Button
            type="button"
            variant="outline"
            size="sm"
            disabled={markRead.isPending}
            onClick={() => void mark()}
          >
            {t("notifications.markAll")}
          </Button>
        ) : null}
      </div>
      {items.length === 0 ? (
        <p className="rounded-xl border p-6 text-muted-foreground">{t("notifications.empty")}</p>
      ) : (
        <ul className="grid gap-2">
          {items.map((item) => (
            <li
              key={item.id}
              data-testid="notification"
              className={cn(
                "flex flex-col gap-2 rounded-md border p-3 sm:flex-row sm:items-start sm:justify-between",
                !item.read && "border-primary bg-accent/40",
              )}
            >
              <div className="grid gap-1 text-sm">
                <p className="flex flex-wrap items-center gap-2">
                  {item.read ? null : <Badge>{t("notifications.new")}</Badge>}
                  {item.href ? (
                    <Link
                      href={item.href}
                      onClick={() => {
                        if (!item.read)
                          void markRead.mutateAsync({ id: item.id }).catch(() => undefined);
                      }}
                      className={cn(
                        "text-primary underline underline-offset-4 hover:no-underline",
                        !item.read && "font-semibold",
                      )}
                    >
                      {item.title}
                    </Link>
                  ) : (
                    <span className={cn(!item.read && "font-semibold")}>{item.title}</span>
                  )}
                </p>
                {item.body ? <p>{item.body}</p> : null}
                <p className="text-muted-foreground">
                  <LocalTime date={item.createdAt} />
                </p>
              </div>
              {item.read ? null : (
                <Button
                  type="button"
                  variant="ghost"
                  size="sm"
                  disabled={markRead.isPending}
                  onClick={() => void mark(item.id)}
                >
                  {t.rich("notifications.markRead", {
                    title: item.title,
                    hidden: (chunks) => <span className="sr-only">{chunks}</span>,
                  })}
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
