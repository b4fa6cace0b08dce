import * as React from "react";
import { LoaderCircleIcon } from "lucide-react";

import { cn } from "./cn";

type SpinnerProps = React.ComponentProps<"span"> & {
  /** Text announced to screen readers. Defaults to "Loading…". */
  label?: string;
  /** Also show the label next to the icon instead of only to screen readers. */
  showLabel?: boolean;
};

/** Accessible loading indicator: a polite status region; the icon only spins when motion is allowed. */
function Spinner({ className, label = "Loading…", showLabel = false, ...props }: SpinnerProps) {
  return (
    <span
      role="status"
      data-slot="spinner"
      className={cn("inline-flex items-center gap-2 text-sm text-muted-foreground", className)}
      {...props}
    >
      <LoaderCircleIcon aria-hidden="true" className="size-4 shrink-0 motion-safe:animate-spin" />
      <span className={showLabel ? undefined : "sr-only"}>{label}</span>
    </span>
  );
}

export { Spinner, type SpinnerProps };
