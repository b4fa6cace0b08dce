import * as React from "react";

import { cn } from "./cn";

/**
 * Placeholder shape shown while content loads. Hidden from assistive technology:
 * announce loading with a `Spinner` or `aria-busy` on the region instead.
 */
function Skeleton({ className, ...props }: React.ComponentProps<"div">) {
  return (
    <div
      data-slot="skeleton"
      aria-hidden="true"
      className={cn("rounded-md bg-accent motion-safe:animate-pulse", className)}
      {...props}
    />
  );
}

export { Skeleton };
