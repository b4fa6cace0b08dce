import { Paperclip } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";

import { cn } from "@resq/ui/cn";

import { LocalTime } from "~/components/local-time";

interface ThreadMessage {
  id: string;
  body: string;
  createdAt: Date;
  fromSupport: boolean;
  mine: boolean;
  authorName: string;
  attachments: { id: string; filename: string; sizeBytes: number }[];
}

type ThreadT = ReturnType<typeof useTranslations<"support.thread">>;

/** A file's size: "12 KB", "1.5 MB" (the number in the reader's language). */
function size(bytes: number, t: ThreadT, locale: string): string {
  if (bytes < 1024 * 1024)
    return t("kilobytes", {
      size: new Intl.NumberFormat(locale, { useGrouping: false }).format(Math.ceil(bytes / 1024)),
    });
  const megabytes = new Intl.NumberFormat(locale, {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(bytes / 1024 / 1024);
  return t("megabytes", { size: megabytes });
}

/** A ticket's messages, oldest first; support's answers stand out from the requester's. */
export function TicketThread({ messages }: { messages: ThreadMessage[] }) {
  const t = useTranslations("support.thread");
  const locale = useLocale();
  return (
    <ol className="grid gap-4" aria-label={t("label")}>
      {messages.map((message) => (
        <li key={message.id}>
          <article
            aria-label={t("messageLabel", {
              author: message.fromSupport ? t("support") : message.authorName,
            })}
            className={cn(
              "grid gap-2 rounded-xl border p-4",
              message.fromSupport ? "border-primary/40 bg-accent" : "bg-card",
            )}
            data-testid="support-message"
          >
            <p className="flex flex-wrap items-baseline gap-x-2 text-sm">
              <span className="font-semibold">
                {message.fromSupport
                  ? t("fromSupport", { name: message.authorName })
                  : message.authorName}
                {message.mine ? ` — ${t("you")}` : ""}
              </span>
              <span className="text-muted-foreground">
                <LocalTime date={message.createdAt} />
              </span>
            </p>
            <p className="text-sm whitespace-pre-wrap">{message.body}</p>
            {message.attachments.length > 0 ? (
              <ul className="grid gap-1 text-sm">
                {message.attachments.map((file) => (
                  <li key={file.id}>
                    <a
                      href={`/api/attachments/support/${file.id}`}
                      className="inline-flex items-center gap-1 text-primary underline underline-offset-4 hover:no-underline"
                    >
                      <Paperclip aria-hidden="true" className="size-4" />
                      {file.filename}{" "}
                      <span className="text-muted-foreground">
                        ({size(file.sizeBytes, t, locale)})
                      </span>
                    </a>
                  </li>
                ))}
              </ul>
            ) : null}
          </article>
        </li>
      ))}
    </ol>
  );
}
