import { useTranslations } from "next-intl";
import Link from "next/link";

/** Shown instead of an account page's content until sign-in set-up (email, required MFA) is done. */
export function FinishSetUpNotice() {
  const t = useTranslations("account");
  return (
    <p role="status" className="rounded-md border border-warning bg-warning/10 p-4 text-sm">
      {t.rich("finishSetUp", {
        link: (chunks) => (
          <Link
            href="/account/security"
            className="font-medium text-primary underline underline-offset-4"
          >
            {chunks}
          </Link>
        ),
      })}
    </p>
  );
}
