import { useTranslations } from "next-intl";

import { Badge, type BadgeProps } from "@resq/ui/badge";

export type AppointmentStatus = "booked" | "completed" | "cancelled" | "no_show" | "held";

const VARIANT: Record<AppointmentStatus, BadgeProps["variant"]> = {
  booked: "success",
  held: "warning",
  completed: "secondary",
  cancelled: "outline",
  no_show: "destructive",
};

/** An appointment's status in words; a rescheduled one says "Moved" rather than "Cancelled". */
export function StatusBadge({
  status,
  cancellationReason,
}: {
  status: AppointmentStatus;
  cancellationReason?: string | null;
}) {
  const t = useTranslations("appointments.status");
  const moved = status === "cancelled" && cancellationReason === "Rescheduled";
  return moved ? (
    <Badge variant="outline">{t("moved")}</Badge>
  ) : (
    <Badge variant={VARIANT[status]}>{t(status)}</Badge>
  );
}
