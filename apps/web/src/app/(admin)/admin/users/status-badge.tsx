import { Badge } from "@resq/ui/badge";

const VARIANT = { active: "success", suspended: "warning", deleted: "secondary" } as const;

/** An account's status as a coloured word (the word carries the meaning, not the colour). */
export function StatusBadge({ status }: { status: keyof typeof VARIANT }) {
  return (
    <Badge variant={VARIANT[status]} className="capitalize">
      {status}
    </Badge>
  );
}
