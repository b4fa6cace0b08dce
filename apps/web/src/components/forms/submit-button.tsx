"use client";

import { Button, type ButtonProps } from "@resq/ui/button";
import { Spinner } from "@resq/ui/spinner";

import { useIsClient } from "../use-is-client";

/**
 * A submit button that is disabled and shows a spinner while its form is being sent, and disabled
 * until the page has hydrated: the forms are sent by script, and a press before that would submit
 * the form natively (a GET with every field, a password too, in the URL).
 *
 * Pressing it with a mouse does not move focus: otherwise the field being left would show its
 * blur-time error first, push the button down, and the click would land beside it.
 */
export function SubmitButton({
  pending,
  pendingLabel,
  children,
  disabled,
  ...props
}: ButtonProps & { pending: boolean; pendingLabel: string }) {
  const hydrated = useIsClient();
  return (
    <Button
      type="submit"
      onMouseDown={(event) => event.preventDefault()}
      {...props}
      disabled={pending || disabled || !hydrated}
    >
      {pending ? <Spinner label={pendingLabel} className="text-current" /> : null}
      {children}
    </Button>
  );
}
