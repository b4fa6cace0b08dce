"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useMemo, useState } from "react";
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

import { localizedResolver } from "../../schema-messages";

const FIELDS = ["reason", "confirmEmail"] as const;

/** The reason (the API's own rule) and, for a deletion, the user's email typed again. */
function reasonFormSchema(mismatch: string, typeToConfirm?: string) {
  return z.object({
    reason: reasonSchema,
    confirmEmail: typeToConfirm
      ? z
          .string()
          .trim()
          .refine((typed) => typed.toLowerCase() === typeToConfirm.toLowerCase(), {
            message: mismatch,
          })
      : z.string(),
  });
}
type ReasonValues = z.input<ReturnType<typeof reasonFormSchema>>;

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
  const t = useTranslations("admin");
  const [open, setOpen] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const schema = useMemo(
    () => reasonFormSchema(t("user.reasonDialog.emailMismatch"), typeToConfirm),
    [t, typeToConfirm],
  );
  const resolver = useMemo(() => localizedResolver(zodResolver(schema), t), [schema, t]);
  const form = useForm<ReasonValues, unknown, z.output<ReturnType<typeof reasonFormSchema>>>({
    resolver,
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
            label={t("user.reasonDialog.reason")}
            id={`${id}-reason`}
            error={errors.reason?.message}
            description={t("user.reasonDialog.reasonHelp")}
            required
          >
            <Textarea
              rows={3}
              maxLength={500}
              {...form.register("reason")}
              {...fieldAriaProps(`${id}-reason`, {
                error: errors.reason?.message,
                description: t("user.reasonDialog.reasonHelp"),
              })}
            />
          </FormField>
          {typeToConfirm ? (
            <FormField
              label={t("user.reasonDialog.typeToConfirm", { email: typeToConfirm })}
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
                {t("common.cancel")}
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
