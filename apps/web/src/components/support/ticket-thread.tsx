import { Paperclip } from "lucide-react";

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

const size = (bytes: number) =>
  bytes < 1024 * 1024 ? `${Math.ceil(bytes / 1024)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** A ticket's messages, oldest first; support's answers stand out from the requester's. */
export function TicketThread({ messages }: { messages: ThreadMessage[] }) {
  return (
    <ol className="grid gap-4" aria-label="Messages">
      {messages.map((message) => (
        <li key={message.id}>
          <article
            aria-label={`${message.fromSupport ? "Support" : message.authorName}, message`}
            className={cn(
              "grid gap-2 rounded-xl border p-4",
              message.fromSupport ? "border-primary/40 bg-accent" : "bg-card",
            )}
            data-testid="support-message"
          >
            <p className="flex flex-wrap items-baseline gap-x-2 text-sm">
              <span className="font-semibold">
                {message.fromSupport ? `RESQ support (${message.authorName})` : message.authorName}
                {message.mine ? " — you" : ""}
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
                      <span className="text-muted-foreground">({size(file.sizeBytes)})</span>
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
