"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
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

const schema = z.object({
  reason: z.string().trim().min(1, "Tell the patient why.").max(500, "Use at most 500 characters."),
});
type Values = z.infer<typeof schema>;

/** The doctor cancels: a reason is required, and the patient is told it with an invitation to rebook. */
export function DoctorCancel({
  appointmentId,
  patientName,
}: {
  appointmentId: string;
  patientName: string;
}) {
  const trpc = useTRPC();
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
      toast.success(`Cancelled. ${patientName} has been told.`);
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
          Cancel appointment
        </Button>
      </DialogTrigger>
      <DialogContent>
        <form noValidate onSubmit={(event) => void onSubmit(event)} className="grid gap-4">
          <DialogHeader>
            <DialogTitle>Cancel this appointment?</DialogTitle>
            <DialogDescription>
              {patientName} is told by email and in RESQ, with your reason, and invited to book
              another time. The time becomes free for other patients.
            </DialogDescription>
          </DialogHeader>
          <FormAlert message={formError} />
          <FormField
            label="Reason for the patient"
            id="cancel-reason"
            error={errors.reason?.message}
            required
          >
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
                Keep it
              </Button>
            </DialogClose>
            <SubmitButton
              variant="destructive"
              pending={cancel.isPending}
              pendingLabel="Cancelling…"
            >
              Cancel appointment
            </SubmitButton>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
