import Link from "next/link";

/** Shown instead of an account page's content until sign-in set-up (email, required MFA) is done. */
export function FinishSetUpNotice() {
  return (
    <p role="status" className="rounded-md border border-warning bg-warning/10 p-4 text-sm">
      Finish setting up your account first.{" "}
      <Link
        href="/account/security"
        className="font-medium text-primary underline underline-offset-4"
      >
        Go to security settings
      </Link>
    </p>
  );
}
