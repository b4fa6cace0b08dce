import { Badge, type BadgeProps } from "@resq/ui/badge";

export type AppointmentStatus = "booked" | "completed" | "cancelled" | "no_show" | "held";

const STATUS: Record<AppointmentStatus, { label: string; variant: BadgeProps["variant"] }> = {
  booked: { label: "Booked", variant: "success" },
  held: { label: "Held for you", variant: "warning" },
  completed: { label: "Completed", variant: "secondary" },
  cancelled: { label: "Cancelled", variant: "outline" },
  no_show: { label: "No-show", variant: "destructive" },
};

/** An appointment's status in words; a rescheduled one says "Moved" rather than "Cancelled". */
export function StatusBadge({
  status,
  cancellationReason,
}: {
  status: AppointmentStatus;
  cancellationReason?: string | null;
}) {
  const moved = status === "cancelled" && cancellationReason === "Rescheduled";
  const { label, variant } = moved
    ? { label: "Moved", variant: "outline" as const }
    : STATUS[status];
  return <Badge variant={variant}>{label}</Badge>;
}
