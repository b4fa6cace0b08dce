import { Button, type ButtonProps } from "@resq/ui/button";
import { Spinner } from "@resq/ui/spinner";

/**
 * A submit button that is disabled and shows a spinner while its form is being sent.
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
  return (
    <Button
      type="submit"
      onMouseDown={(event) => event.preventDefault()}
      {...props}
      disabled={pending || disabled}
    >
      {pending ? <Spinner label={pendingLabel} className="text-current" /> : null}
      {children}
    </Button>
  );
}
