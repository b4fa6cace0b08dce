import { useTranslations } from "next-intl";

import { Badge } from "@resq/ui/badge";

const VARIANT = { active: "success", suspended: "warning", deleted: "secondary" } as const;

/** An account's status as a coloured word (the word carries the meaning, not the colour). */
export function StatusBadge({ status }: { status: keyof typeof VARIANT }) {
  const t = useTranslations("admin");
  return (
    <Badge variant={VARIANT[status]} className="capitalize">
      {t(`statuses.${status}`)}
    </Badge>
  );
}
