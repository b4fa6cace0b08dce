import { Badge } from "@resq/ui/badge";

const LOOK = {
  open: { variant: "warning", label: "Waiting for support" },
  answered: { variant: "success", label: "Answered" },
  closed: { variant: "outline", label: "Closed" },
} as const;

/** A ticket's status in words (never colour alone). */
export function SupportStatusBadge({ status }: { status: keyof typeof LOOK }) {
  const look = LOOK[status];
  return <Badge variant={look.variant}>{look.label}</Badge>;
}
