import Link from "next/link";
import { useTranslations } from "next-intl";

/** The way back to the inbox, above a message page's heading. */
export function BackToMessages() {
  const t = useTranslations("messaging");
  return (
    <p className="text-sm">
      <Link href="/messages" className="text-primary underline underline-offset-4">
        {t("backLink")}
      </Link>
    </p>
  );
}
