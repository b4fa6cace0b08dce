import { CircleAlert, CircleCheck } from "lucide-react";

import { cn } from "@resq/ui/cn";

/**
 * A message about the whole form. The live region is always in the page, so a message that
 * appears in it is announced; it renders nothing visible while empty.
 */
export function FormAlert({
  message,
  tone = "error",
  id,
  className,
}: {
  message: string | null | undefined;
  tone?: "error" | "success";
  id?: string;
  className?: string;
}) {
  const Icon = tone === "error" ? CircleAlert : CircleCheck;
  return (
    <div
      id={id}
      role={tone === "error" ? "alert" : "status"}
      className={cn(!message && "sr-only", className)}
    >
      {message ? (
        <p
          className={cn(
            "flex items-start gap-2 rounded-md border px-3 py-2 text-sm",
            tone === "error"
              ? "border-destructive/50 bg-destructive/10 text-destructive"
              : "border-success/50 bg-success/10 text-foreground",
          )}
        >
          <Icon aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
          <span>{message}</span>
        </p>
      ) : null}
    </div>
  );
}
