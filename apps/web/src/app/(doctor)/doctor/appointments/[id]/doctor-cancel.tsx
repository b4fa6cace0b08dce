"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import { useForm } from "react-hook-form";
import { toast } from "sonner";
import { z } from "zod";

import { Button } from "@resq/ui/button";
import {
  Dialog,
  DialogClose,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
} from "@resq/ui/dialog";
import { fieldAriaProps, FormField } from "@resq/ui/form-field";
import { Textarea } from "@resq/ui/textarea";

import { apiProblem, applyProblem } from "~/components/api-problem";
import { FormAlert } from "~/components/forms/form-alert";
import { SubmitButton } from "~/components/forms/submit-button";
import { useTRPC } from "~/trpc/react";

type Translate = ReturnType<typeof useTranslations<"doctor.appointment.cancel">>;

/** The form's schema, with its messages in the reader's language. */
const schemaFor = (t: Translate) =>
  z.object({
    reason: z.string().trim().min(1, t("reasonRequired")).max(500, t("reasonMax")),
  });
type Values = z.infer<ReturnType<typeof schemaFor>>;

/** The doctor cancels: a reason is required, and the patient is told it with an invitation to rebook. */
export function DoctorCancel({
  appointmentId,
  patientName,
}: {
  appointmentId: string;
  patientName: string;
}) {
  const trpc = useTRPC();
  const t = useTranslations("doctor.appointment.cancel");
  const schema = useMemo(() => schemaFor(t), [t]);
  const router = useRouter();
  const cancel = useMutation(trpc.appointments.cancel.mutationOptions());
  const [open, setOpen] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<Values>({
    resolver: zodResolver(schema),
    mode: "onTouched",
    defaultValues: { reason: "" },
  });
  const { errors } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    try {
      await cancel.mutateAsync({ id: appointmentId, reason: values.reason });
      toast.success(t("cancelled", { patient: patientName }));
      setOpen(false);
      router.refresh();
    } catch (error) {
      setFormError(
        applyProblem(apiProblem(error), ["reason"] as const, (field, message) =>
          form.setError(field, { type: "server", message }),
        ),
      );
    }
  });

  return (
    <Dialog open={open} onOpenChange={(next) => !cancel.isPending && setOpen(next)}>
      <DialogTrigger asChild>
        <Button variant="outline" className="justify-self-start">
          {t("trigger")}
        </Button>
      </DialogTrigger>
      <DialogContent>
        <form noValidate onSubmit={(event) => void onSubmit(event)} className="grid gap-4">
          <DialogHeader>
            <DialogTitle>{t("title")}</DialogTitle>
            <DialogDescription>{t("description", { patient: patientName })}</DialogDescription>
          </DialogHeader>
          <FormAlert message={formError} />
          <FormField label={t("reason")} id="cancel-reason" error={errors.reason?.message} required>
            <Textarea
              rows={3}
              maxLength={500}
              {...form.register("reason")}
              {...fieldAriaProps("cancel-reason", { error: errors.reason?.message })}
            />
          </FormField>
          <DialogFooter>
            <DialogClose asChild>
              <Button type="button" variant="outline" disabled={cancel.isPending}>
                {t("keep")}
              </Button>
            </DialogClose>
            <SubmitButton
              variant="destructive"
              pending={cancel.isPending}
              pendingLabel={t("cancelling")}
            >
              {t("confirm")}
            </SubmitButton>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
