import type { LucideIcon } from "lucide-react";
import type { ReactNode } from "react";

import { cn } from "@resq/ui/cn";

export const dashboardLink =
  "font-medium text-primary underline underline-offset-4 hover:no-underline";

/** One labelled section of a dashboard: a heading (h2) with an icon, then its content. */
export function Panel({
  id,
  icon: Icon,
  title,
  children,
  className,
}: {
  id: string;
  icon: LucideIcon;
  title: string;
  children: ReactNode;
  className?: string;
}) {
  return (
    <section
      aria-labelledby={`${id}-title`}
      data-testid={`panel-${id}`}
      className={cn("grid content-start gap-3 rounded-xl border p-4", className)}
    >
      <h2 id={`${id}-title`} className="flex items-center gap-2 text-lg font-semibold">
        <Icon aria-hidden="true" className="size-5 shrink-0 text-primary" />
        {title}
      </h2>
      {children}
    </section>
  );
}

/** A figure with its words: "3 unread messages". The number stands out; the sentence reads whole. */
export function Figure({ value, label }: { value: ReactNode; label: string }) {
  return (
    <p className="flex flex-wrap items-baseline gap-x-2">
      <span className="text-3xl font-semibold tabular-nums">{value}</span>{" "}
      <span className="text-muted-foreground">{label}</span>
    </p>
  );
}
