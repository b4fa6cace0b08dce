"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { z } from "zod";

import { reasonSchema } from "@resq/api/admin-schemas";
import { Button, type ButtonProps } from "@resq/ui/button";
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
import { Input } from "@resq/ui/input";
import { Textarea } from "@resq/ui/textarea";

import { apiProblem, applyProblem } from "~/components/api-problem";
import { FormAlert } from "~/components/forms/form-alert";
import { SubmitButton } from "~/components/forms/submit-button";

const FIELDS = ["reason", "confirmEmail"] as const;

/**
 * A change to someone's access: asks for the reason (kept in the audit trail) and, for a deletion,
 * the user's email typed again. Stays open with the API's message when the change is refused.
 */
export function ReasonDialog({
  id,
  trigger,
  triggerVariant = "outline",
  title,
  description,
  confirmLabel,
  pendingLabel,
  typeToConfirm,
  onConfirm,
}: {
  id: string;
  trigger: string;
  triggerVariant?: ButtonProps["variant"];
  title: string;
  description: React.ReactNode;
  confirmLabel: string;
  pendingLabel: string;
  /** When set, the admin must type this (the user's email) to enable the act. */
  typeToConfirm?: string;
  onConfirm: (values: { reason: string; confirmEmail: string }) => Promise<void>;
}) {
  const [open, setOpen] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const schema = z.object({
    reason: reasonSchema,
    confirmEmail: typeToConfirm
      ? z
          .string()
          .trim()
          .refine((typed) => typed.toLowerCase() === typeToConfirm.toLowerCase(), {
            message: "Type the user's email exactly to confirm.",
          })
      : z.string(),
  });
  const form = useForm<z.input<typeof schema>, unknown, z.output<typeof schema>>({
    resolver: zodResolver(schema),
    mode: "onTouched",
    defaultValues: { reason: "", confirmEmail: "" },
  });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    try {
      await onConfirm(values);
      setOpen(false);
      form.reset();
    } catch (error) {
      setFormError(
        applyProblem(apiProblem(error), FIELDS, (field, message) =>
          form.setError(field, { type: "server", message }),
        ),
      );
    }
  });

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        if (isSubmitting) return;
        setOpen(next);
        if (!next) {
          form.reset();
          setFormError(null);
        }
      }}
    >
      <DialogTrigger asChild>
        <Button type="button" size="sm" variant={triggerVariant}>
          {trigger}
        </Button>
      </DialogTrigger>
      <DialogContent role="alertdialog">
        <form noValidate onSubmit={(event) => void onSubmit(event)} className="grid gap-4">
          <DialogHeader>
            <DialogTitle>{title}</DialogTitle>
            <DialogDescription>{description}</DialogDescription>
          </DialogHeader>
          <FormAlert message={formError} />
          <FormField
            label="Reason"
            id={`${id}-reason`}
            error={errors.reason?.message}
            description="Kept in the audit log."
            required
          >
            <Textarea
              rows={3}
              maxLength={500}
              {...form.register("reason")}
              {...fieldAriaProps(`${id}-reason`, {
                error: errors.reason?.message,
                description: "Kept in the audit log.",
              })}
            />
          </FormField>
          {typeToConfirm ? (
            <FormField
              label={`Type ${typeToConfirm} to confirm`}
              id={`${id}-confirm`}
              error={errors.confirmEmail?.message}
              required
            >
              <Input
                autoComplete="off"
                spellCheck={false}
                {...form.register("confirmEmail")}
                {...fieldAriaProps(`${id}-confirm`, { error: errors.confirmEmail?.message })}
              />
            </FormField>
          ) : null}
          <DialogFooter>
            <DialogClose asChild>
              <Button type="button" variant="outline" disabled={isSubmitting}>
                Cancel
              </Button>
            </DialogClose>
            <SubmitButton
              variant={triggerVariant === "destructive" ? "destructive" : "default"}
              pending={isSubmitting}
              pendingLabel={pendingLabel}
            >
              {confirmLabel}
            </SubmitButton>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
