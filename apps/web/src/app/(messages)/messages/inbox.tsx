"use client";

import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { toast } from "sonner";

import { Badge } from "@resq/ui/badge";
import { Button } from "@resq/ui/button";
import { cn } from "@resq/ui/cn";
import { Input } from "@resq/ui/input";
import { Label } from "@resq/ui/label";
import { Skeleton } from "@resq/ui/skeleton";

import { apiProblem } from "~/components/api-problem";
import { useLiveEvents } from "~/components/live/use-live-events";
import { LocalTime } from "~/components/local-time";
import { useTRPC } from "~/trpc/react";

const PAGE_SIZE = 20;

/** The caller's conversations (live), with search and archive. */
export function Inbox({ doctor }: { doctor: boolean }) {
  const t = useTranslations("messaging.inbox");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [archived, setArchived] = useState(false);
  const [page, setPage] = useState(1);
  const [query, setQuery] = useState("");
  const [searched, setSearched] = useState<string | null>(null);

  const inbox = useQuery({
    ...trpc.messages.inbox.queryOptions({ archived, page, pageSize: PAGE_SIZE }),
    placeholderData: keepPreviousData,
  });
  const results = useQuery({
    ...trpc.messages.search.queryOptions({ q: searched ?? "" }),
    enabled: searched !== null,
  });
  const archive = useMutation(trpc.messages.archive.mutationOptions());

  useLiveEvents((event) => {
    if (event.kind === "message.new" || event.kind === "message.read")
      void queryClient.invalidateQueries({ queryKey: trpc.messages.pathKey() });
  });

  async function toggleArchive(conversationId: string, subject: string) {
    try {
      await archive.mutateAsync({ conversationId, archived: !archived });
      toast.success(archived ? t("movedBack", { subject }) : t("archived", { subject }));
      await queryClient.invalidateQueries({ queryKey: trpc.messages.inbox.pathKey() });
    } catch (error) {
      toast.error(apiProblem(error).message);
    }
  }

  return (
    <div className="grid gap-6">
      <form
        role="search"
        className="flex flex-wrap items-end gap-2"
        onSubmit={(event) => {
          event.preventDefault();
          setSearched(query.trim().length >= 2 ? query.trim() : null);
        }}
      >
        <div className="grid min-w-0 flex-1 gap-1.5">
          <Label htmlFor="message-search">{t("searchLabel")}</Label>
          <Input
            id="message-search"
            type="search"
            value={query}
            minLength={2}
            onChange={(event) => setQuery(event.target.value)}
            aria-describedby="message-search-hint"
          />
          <p id="message-search-hint" className="text-xs text-muted-foreground">
            {t("searchHint")}
          </p>
        </div>
        <Button type="submit" variant="outline" className="mb-5">
          {t("search")}
        </Button>
        {searched !== null ? (
          <Button
            type="button"
            variant="ghost"
            className="mb-5"
            onClick={() => {
              setSearched(null);
              setQuery("");
            }}
          >
            {t("clearSearch")}
          </Button>
        ) : null}
      </form>

      {searched !== null ? (
        <section aria-labelledby="results-title" className="grid gap-3">
          <h2 id="results-title" className="text-xl font-semibold">
            {t("resultsFor", { query: searched })}
          </h2>
          {results.isPending ? (
            <Skeleton className="h-16" />
          ) : results.isError ? (
            <p role="alert" className="text-destructive">
              {apiProblem(results.error).message}
            </p>
          ) : results.data.length === 0 ? (
            <p className="rounded-md border p-4 text-muted-foreground">{t("nothingFound")}</p>
          ) : (
            <ul className="grid gap-2">
              {results.data.map((hit) => (
                <li key={hit.messageId} className="rounded-md border p-3 text-sm">
                  <Link
                    href={`/messages/${hit.conversationId}`}
                    className="font-medium text-primary underline underline-offset-4"
                  >
                    {hit.subject}
                  </Link>
                  <p className="line-clamp-2">{hit.body}</p>
                  <p className="text-muted-foreground">
                    <LocalTime date={hit.createdAt} />
                  </p>
                </li>
              ))}
            </ul>
          )}
        </section>
      ) : null}

      <section aria-labelledby="conversations-title" className="grid gap-3">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h2 id="conversations-title" className="text-xl font-semibold">
            {archived ? t("archivedConversations") : t("conversations")}
          </h2>
          <Button
            type="button"
            variant="outline"
            size="sm"
            onClick={() => {
              setArchived(!archived);
              setPage(1);
            }}
          >
            {archived ? t("backToInbox") : t("showArchived")}
          </Button>
        </div>
        {inbox.isPending ? (
          <div className="grid gap-2" aria-busy="true">
            <p role="status" className="sr-only">
              {t("loading")}
            </p>
            <Skeleton className="h-20" />
            <Skeleton className="h-20" />
          </div>
        ) : inbox.isError ? (
          <div role="alert" className="grid gap-2 rounded-md border border-destructive/50 p-4">
            <p>{apiProblem(inbox.error).message}</p>
            <Button type="button" variant="outline" size="sm" onClick={() => void inbox.refetch()}>
              {t("tryAgain")}
            </Button>
          </div>
        ) : inbox.data.items.length === 0 ? (
          <p className="rounded-md border p-6 text-muted-foreground">
            {archived ? t("emptyArchived") : t("empty")}
          </p>
        ) : (
          <ul className="grid gap-2" data-testid="conversations">
            {inbox.data.items.map((item) => (
              <li
                key={item.id}
                data-testid="conversation"
                className={cn(
                  "flex flex-col gap-2 rounded-md border p-3 sm:flex-row sm:items-center sm:justify-between",
                  item.unread > 0 && "border-primary bg-accent/40",
                )}
              >
                <div className="grid min-w-0 gap-1 text-sm">
                  <p className="flex flex-wrap items-center gap-2">
                    <Link
                      href={`/messages/${item.id}`}
                      className={cn(
                        "text-base text-primary underline underline-offset-4 hover:no-underline",
                        item.unread > 0 && "font-semibold",
                      )}
                    >
                      {item.subject}
                    </Link>
                    {item.unread > 0 ? <Badge>{t("unread", { count: item.unread })}</Badge> : null}
                  </p>
                  <p>
                    {t.rich(doctor ? "withPatient" : "withDoctor", {
                      name: item.counterpartName,
                      b: (chunks) => <span className="font-medium">{chunks}</span>,
                    })}
                    {" · "}
                    <span className="text-muted-foreground">
                      {t.rich("lastMessage", {
                        time: () => <LocalTime date={item.lastMessageAt} />,
                      })}
                    </span>
                  </p>
                  {doctor ? (
                    <p className="text-muted-foreground">
                      {item.nextAppointmentAt
                        ? t.rich("nextAppointment", {
                            time: () => <LocalTime date={item.nextAppointmentAt!} />,
                          })
                        : t("noUpcomingAppointment")}
                    </p>
                  ) : null}
                </div>
                <Button
                  type="button"
                  variant="ghost"
                  size="sm"
                  disabled={archive.isPending}
                  onClick={() => void toggleArchive(item.id, item.subject)}
                >
                  {archived ? t("moveToInbox") : t("archive")}
                  <span className="sr-only">: {item.subject}</span>
                </Button>
              </li>
            ))}
          </ul>
        )}
        {inbox.data && (page > 1 || page * PAGE_SIZE < inbox.data.total) ? (
          <nav aria-label={t("pages")} className="flex items-center gap-3">
            <Button
              type="button"
              variant="outline"
              size="sm"
              disabled={page <= 1}
              onClick={() => setPage(page - 1)}
            >
              {t("previousPage")}
            </Button>
            <span className="text-sm text-muted-foreground">{t("page", { page })}</span>
            <Button
              type="button"
              variant="outline"
              size="sm"
              disabled={page * PAGE_SIZE >= inbox.data.total}
              onClick={() => setPage(page + 1)}
            >
              {t("nextPage")}
            </Button>
          </nav>
        ) : null}
      </section>
    </div>
  );
}
