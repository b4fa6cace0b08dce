"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";

import { Button } from "@resq/ui/button";
import { fieldAriaProps, FormField } from "@resq/ui/form-field";

import { nativeSelectClass } from "~/components/forms/native-select";
import { apiProblem } from "~/components/api-problem";
import { ConfirmDialog } from "~/components/confirm-dialog";
import { SubmitButton } from "~/components/forms/submit-button";
import { useTRPC } from "~/trpc/react";

/** Assign a ticket to an admin, and close or reopen it (closing asks first). */
export function TicketActions({
  ticketId,
  status,
  assigneeId,
  admins,
}: {
  ticketId: string;
  status: "open" | "answered" | "closed";
  assigneeId: string | null;
  admins: { id: string; name: string }[];
}) {
  const t = useTranslations("admin.support.actions");
  const trpc = useTRPC();
  const router = useRouter();
  const assign = useMutation(trpc.support.assign.mutationOptions());
  const setStatus = useMutation(trpc.support.setStatus.mutationOptions());
  const [chosen, setChosen] = useState(assigneeId ?? "");
  const [assignError, setAssignError] = useState<string | null>(null);

  async function saveAssignee(event: React.FormEvent) {
    event.preventDefault();
    setAssignError(null);
    try {
      await assign.mutateAsync({ ticketId, assigneeId: chosen || null });
      const name = admins.find((a) => a.id === chosen)?.name;
      toast.success(name ? t("assigned", { name }) : t("unassigned"));
      router.refresh();
    } catch (error) {
      const problem = apiProblem(error);
      setAssignError(problem.fields.assigneeId ?? problem.message);
    }
  }

  async function changeStatus(next: "open" | "closed") {
    try {
      await setStatus.mutateAsync({ ticketId, status: next });
      toast.success(next === "closed" ? t("closed") : t("reopened"));
    } catch (error) {
      toast.error(apiProblem(error).message);
    }
    router.refresh();
  }

  return (
    <div className="grid gap-4 rounded-xl border bg-card p-4">
      <form noValidate onSubmit={(event) => void saveAssignee(event)} className="grid gap-3">
        <FormField label={t("assignTo")} id="ticket-assignee" error={assignError ?? undefined}>
          <select
            className={nativeSelectClass}
            value={chosen}
            onChange={(event) => setChosen(event.target.value)}
            {...fieldAriaProps("ticket-assignee", { error: assignError ?? undefined })}
          >
            <option value="">{t("nobody")}</option>
            {admins.map((admin) => (
              <option key={admin.id} value={admin.id}>
                {admin.name}
              </option>
            ))}
          </select>
        </FormField>
        <div>
          <SubmitButton
            size="sm"
            variant="outline"
            pending={assign.isPending}
            pendingLabel={t("assigning")}
          >
            {t("assign")}
          </SubmitButton>
        </div>
      </form>
      {status === "closed" ? (
        <Button
          type="button"
          size="sm"
          variant="outline"
          disabled={setStatus.isPending}
          onClick={() => void changeStatus("open")}
        >
          {t("reopen")}
        </Button>
      ) : (
        <ConfirmDialog
          trigger={t("close")}
          title={t("closeTitle")}
          description={t("closeDescription")}
          confirmLabel={t("close")}
          pendingLabel={t("closing")}
          onConfirm={() => changeStatus("closed")}
        />
      )}
    </div>
  );
}
