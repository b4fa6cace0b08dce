"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { CheckCheck, Paperclip } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import { toast } from "sonner";

import { Button } from "@resq/ui/button";
import { cn } from "@resq/ui/cn";
import { Skeleton } from "@resq/ui/skeleton";

import { apiProblem } from "~/components/api-problem";
import { useLiveEvents } from "~/components/live/use-live-events";
import { LocalTime } from "~/components/local-time";
import { useTRPC } from "~/trpc/react";

import { BackToMessages } from "../back-link";

import { ReplyForm } from "./reply-form";

/** A file's size in KB (whole, rounded up) or MB (one decimal), as numbers of the locale. */
function fileSize(
  bytes: number,
  locale: string,
  t: ReturnType<typeof useTranslations<"messaging">>,
) {
  if (bytes < 1024 * 1024) {
    const size = new Intl.NumberFormat(locale, { useGrouping: false }).format(
      Math.ceil(bytes / 1024),
    );
    return t("conversation.sizeKb", { size });
  }
  const size = new Intl.NumberFormat(locale, {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
    useGrouping: false,
  }).format(bytes / 1024 / 1024);
  return t("conversation.sizeMb", { size });
}

/** A conversation, kept live: new messages and read receipts appear without reloading. */
export function ConversationView({ id }: { id: string }) {
  const t = useTranslations("messaging");
  const locale = useLocale();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const conversation = useQuery({
    ...trpc.messages.conversation.queryOptions({ id }),
    retry: false,
  });
  const archive = useMutation(trpc.messages.archive.mutationOptions());

  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: trpc.messages.pathKey() });
    // Opening a conversation reads its notifications' subject too: the bell may change.
    void queryClient.invalidateQueries({ queryKey: trpc.notifications.pathKey() });
  };
  useLiveEvents((event) => {
    if (
      (event.kind === "message.new" || event.kind === "message.read") &&
      event.payload.conversationId === id
    )
      refresh();
  });

  if (conversation.isPending)
    return (
      <div className="grid gap-3" aria-busy="true">
        <h1 className="text-3xl font-semibold">{t("conversation.title")}</h1>
        <p role="status" className="sr-only">
          {t("conversation.loading")}
        </p>
        <Skeleton className="h-24" />
        <Skeleton className="h-24" />
      </div>
    );
  if (conversation.isError) {
    const problem = apiProblem(conversation.error);
    return (
      <div className="grid gap-3">
        <h1 className="text-3xl font-semibold">
          {problem.httpStatus === 404 ? t("conversation.notFound") : t("conversation.title")}
        </h1>
        <p role="alert">{problem.message}</p>
        <BackToMessages />
      </div>
    );
  }

  const data = conversation.data;
  async function toggleArchive() {
    try {
      await archive.mutateAsync({ conversationId: id, archived: !data.archived });
      toast.success(data.archived ? t("conversation.movedBack") : t("conversation.archived"));
      refresh();
    } catch (error) {
      toast.error(apiProblem(error).message);
    }
  }

  return (
    <div className="grid gap-6">
      <div className="grid gap-2">
        <BackToMessages />
        <div className="flex flex-wrap items-start justify-between gap-3">
          <div className="grid gap-1">
            <h1 className="text-3xl font-semibold break-words">{data.subject}</h1>
            <p className="text-muted-foreground">
              {t("conversation.between", { patient: data.patientName, doctor: data.doctorName })}
            </p>
          </div>
          <Button
            type="button"
            variant="outline"
            size="sm"
            disabled={archive.isPending}
            onClick={() => void toggleArchive()}
          >
            {data.archived ? t("conversation.moveToInbox") : t("conversation.archive")}
          </Button>
        </div>
      </div>

      <div role="log" aria-label={t("conversation.messages")}>
        <ol className="grid gap-3" data-testid="messages">
          {data.messages.map((message) => (
            <li
              key={message.id}
              data-testid="message"
              className={cn(
                "grid max-w-[90%] gap-1 rounded-lg border p-3 text-sm sm:max-w-[75%]",
                message.mine
                  ? "justify-self-end border-primary/40 bg-accent/50"
                  : "justify-self-start",
              )}
            >
              <p className="font-medium">
                {message.mine ? t("conversation.you") : message.senderName}
                <span className="font-normal text-muted-foreground">
                  {" · "}
                  <LocalTime date={message.createdAt} />
                </span>
              </p>
              <p className="break-words whitespace-pre-wrap">{message.body}</p>
              {message.attachments.length > 0 ? (
                <ul className="grid gap-1" aria-label={t("conversation.attachments")}>
                  {message.attachments.map((file) => (
                    <li key={file.id}>
                      <a
                        href={`/api/attachments/${file.id}`}
                        download={file.filename}
                        className="inline-flex items-center gap-1 text-primary underline underline-offset-4"
                      >
                        <Paperclip aria-hidden="true" className="size-4" />
                        {file.filename}
                        <span className="text-muted-foreground">
                          ({fileSize(file.sizeBytes, locale, t)})
                        </span>
                      </a>
                    </li>
                  ))}
                </ul>
              ) : null}
              {message.mine ? (
                <p
                  className="flex items-center gap-1 text-xs text-muted-foreground"
                  data-testid="receipt"
                >
                  {message.readByRecipient ? (
                    <>
                      <CheckCheck aria-hidden="true" className="size-4" /> {t("conversation.seen")}
                    </>
                  ) : (
                    t("conversation.sent")
                  )}
                </p>
              ) : null}
            </li>
          ))}
        </ol>
      </div>

      <ReplyForm conversationId={id} onSent={refresh} />
    </div>
  );
}
