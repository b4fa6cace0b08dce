import * as React from "react";

import { cn } from "./cn";

/** Content read by screen readers but not shown on screen. */
function VisuallyHidden({ className, ...props }: React.ComponentProps<"span">) {
  return <span data-slot="visually-hidden" className={cn("sr-only", className)} {...props} />;
}

export { VisuallyHidden };
