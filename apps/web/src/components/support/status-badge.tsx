import { useTranslations } from "next-intl";

import { Badge } from "@resq/ui/badge";

const VARIANT = {
  open: "warning",
  answered: "success",
  closed: "outline",
} as const;

/** A ticket's status in words (never colour alone). */
export function SupportStatusBadge({ status }: { status: keyof typeof VARIANT }) {
  const t = useTranslations("support.status");
  return <Badge variant={VARIANT[status]}>{t(status)}</Badge>;
}
