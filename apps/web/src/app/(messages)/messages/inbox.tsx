"use client";

import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
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
      toast.success(archived ? `Moved back to your inbox: ${subject}` : `Archived: ${subject}`);
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
          <Label htmlFor="message-search">Search your messages</Label>
          <Input
            id="message-search"
            type="search"
            value={query}
            minLength={2}
            onChange={(event) => setQuery(event.target.value)}
            aria-describedby="message-search-hint"
          />
          <p id="message-search-hint" className="text-xs text-muted-foreground">
            At least 2 characters; searches subjects and messages.
          </p>
        </div>
        <Button type="submit" variant="outline" className="mb-5">
          Search
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
            Clear search
          </Button>
        ) : null}
      </form>

      {searched !== null ? (
        <section aria-labelledby="results-title" className="grid gap-3">
          <h2 id="results-title" className="text-xl font-semibold">
            Results for “{searched}”
          </h2>
          {results.isPending ? (
            <Skeleton className="h-16" />
          ) : results.isError ? (
            <p role="alert" className="text-destructive">
              {apiProblem(results.error).message}
            </p>
          ) : results.data.length === 0 ? (
            <p className="rounded-md border p-4 text-muted-foreground">Nothing found.</p>
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
            {archived ? "Archived conversations" : "Conversations"}
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
            {archived ? "Back to the inbox" : "Show archived"}
          </Button>
        </div>
        {inbox.isPending ? (
          <div className="grid gap-2" aria-busy="true">
            <p role="status" className="sr-only">
              Loading conversations…
            </p>
            <Skeleton className="h-20" />
            <Skeleton className="h-20" />
          </div>
        ) : inbox.isError ? (
          <div role="alert" className="grid gap-2 rounded-md border border-destructive/50 p-4">
            <p>{apiProblem(inbox.error).message}</p>
            <Button type="button" variant="outline" size="sm" onClick={() => void inbox.refetch()}>
              Try again
            </Button>
          </div>
        ) : inbox.data.items.length === 0 ? (
          <p className="rounded-md border p-6 text-muted-foreground">
            {archived ? "No archived conversations." : "No conversations yet."}
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
                    {item.unread > 0 ? (
                      <Badge>{item.unread === 1 ? "1 unread" : `${item.unread} unread`}</Badge>
                    ) : null}
                  </p>
                  <p>
                    {doctor ? "Patient: " : "With "}
                    <span className="font-medium">{item.counterpartName}</span>
                    {" · "}
                    <span className="text-muted-foreground">
                      last message <LocalTime date={item.lastMessageAt} />
                    </span>
                  </p>
                  {doctor ? (
                    <p className="text-muted-foreground">
                      {item.nextAppointmentAt ? (
                        <>
                          Next appointment: <LocalTime date={item.nextAppointmentAt} />
                        </>
                      ) : (
                        "No upcoming appointment"
                      )}
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
                  {archived ? "Move to inbox" : "Archive"}
                  <span className="sr-only">: {item.subject}</span>
                </Button>
              </li>
            ))}
          </ul>
        )}
        {inbox.data && (page > 1 || page * PAGE_SIZE < inbox.data.total) ? (
          <nav aria-label="Conversation pages" className="flex items-center gap-3">
            <Button
              type="button"
              variant="outline"
              size="sm"
              disabled={page <= 1}
              onClick={() => setPage(page - 1)}
            >
              Previous page
            </Button>
            <span className="text-sm text-muted-foreground">Page {page}</span>
            <Button
              type="button"
              variant="outline"
              size="sm"
              disabled={page * PAGE_SIZE >= inbox.data.total}
              onClick={() => setPage(page + 1)}
            >
              Next page
            </Button>
          </nav>
        ) : null}
      </section>
    </div>
  );
}
