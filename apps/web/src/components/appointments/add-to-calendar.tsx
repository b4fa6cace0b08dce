"use client";

import { useQueryClient } from "@tanstack/react-query";
import { CalendarPlus } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { toast } from "sonner";

import { Button, type ButtonProps } from "@resq/ui/button";
import { Spinner } from "@resq/ui/spinner";

import { apiProblem } from "~/components/api-problem";
import { useTRPC } from "~/trpc/react";

/** "Add to calendar": downloads the appointment as an .ics file the calendar app opens. */
export function AddToCalendar({
  appointmentId,
  label,
  ...buttonProps
}: ButtonProps & { appointmentId: string; label?: string }) {
  const t = useTranslations("appointments.addToCalendar");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [pending, setPending] = useState(false);

  async function download() {
    setPending(true);
    try {
      const file = await queryClient.fetchQuery(
        trpc.appointments.ics.queryOptions({ id: appointmentId }, { staleTime: 0 }),
      );
      const url = URL.createObjectURL(new Blob([file.content], { type: "text/calendar" }));
      const link = document.createElement("a");
      link.href = url;
      link.download = file.filename;
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (error) {
      toast.error(apiProblem(error).message);
    } finally {
      setPending(false);
    }
  }

  return (
    <Button
      type="button"
      variant="outline"
      size="sm"
      {...buttonProps}
      disabled={pending}
      onClick={() => void download()}
    >
      {pending ? (
        <Spinner label={t("preparing")} className="text-current" />
      ) : (
        <CalendarPlus aria-hidden="true" />
      )}
      {label ?? t("label")}
    </Button>
  );
}
