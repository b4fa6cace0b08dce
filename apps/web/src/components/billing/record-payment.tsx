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
  DialogContent,
  DialogDescription,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
} from "@resq/ui/dialog";
import { fieldAriaProps, FormField } from "@resq/ui/form-field";
import { Input } from "@resq/ui/input";

import { apiProblem, applyProblem } from "~/components/api-problem";
import { formatMoney } from "~/components/format";
import { FormAlert } from "~/components/forms/form-alert";
import { SubmitButton } from "~/components/forms/submit-button";
import { useTRPC } from "~/trpc/react";

import { amountText, parseAmount } from "./money-input";

const methods = [
  ["cash", "Cash"],
  ["card_terminal", "Card terminal"],
  ["insurance", "Insurance"],
] as const;

/** Money received at the practice (cash, card terminal, insurance), up to the invoice's balance. */
export function RecordPayment({
  invoice,
}: {
  invoice: { id: string; number: string; balanceMinor: number; currency: string };
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const record = useMutation(trpc.billing.recordOfflinePayment.mutationOptions());
  const schema = z.object({
    amount: z
      .string()
      .refine((v) => (parseAmount(v, invoice.currency) ?? 0) > 0, "Enter an amount such as 40.00.")
      .refine(
        (v) => (parseAmount(v, invoice.currency) ?? 0) <= invoice.balanceMinor,
        `At most the balance, ${formatMoney(invoice.balanceMinor, invoice.currency)}.`,
      ),
    method: z.enum(["cash", "card_terminal", "insurance"], "Choose how it was paid."),
    reference: z.string().trim().max(100, "Use at most 100 characters."),
  });
  type Values = z.infer<typeof schema>;
  const form = useForm<Values>({
    resolver: zodResolver(schema),
    mode: "onTouched",
    defaultValues: {
      amount: amountText(invoice.balanceMinor, invoice.currency),
      method: "cash",
      reference: "",
    },
  });
  const { errors } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    try {
      await record.mutateAsync({
        invoiceId: invoice.id,
        amountMinor: parseAmount(values.amount, invoice.currency) ?? 0,
        method: values.method,
        reference: values.reference || undefined,
      });
      toast.success(`Payment recorded on ${invoice.number}.`);
      setOpen(false);
      router.refresh();
    } catch (error) {
      setFormError(
        applyProblem(
          apiProblem(error),
          ["amount", "method", "reference"] as const,
          (field, message) => form.setError(field, { type: "server", message }),
        ),
      );
    }
  });

  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button variant="outline" size="sm">
          Record payment<span className="sr-only"> on {invoice.number}</span>
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Record a payment on {invoice.number}</DialogTitle>
          <DialogDescription>
            Money received at the practice. Balance:{" "}
            {formatMoney(invoice.balanceMinor, invoice.currency)}.
          </DialogDescription>
        </DialogHeader>
        <form noValidate onSubmit={(event) => void onSubmit(event)} className="grid gap-4">
          <FormAlert message={formError} />
          <FormField
            label={`Amount (${invoice.currency})`}
            id="offline-amount"
            error={errors.amount?.message}
            required
          >
            <Input
              inputMode="decimal"
              {...form.register("amount")}
              {...fieldAriaProps("offline-amount", { error: errors.amount?.message })}
            />
          </FormField>
          <fieldset className="grid gap-2">
            <legend className="text-sm font-medium">How it was paid</legend>
            <div className="flex flex-wrap gap-4">
              {methods.map(([value, label]) => (
                <label key={value} className="flex items-center gap-2 text-sm">
                  <input
                    type="radio"
                    value={value}
                    {...form.register("method")}
                    className="size-4"
                  />
                  {label}
                </label>
              ))}
            </div>
          </fieldset>
          <FormField
            label="Reference (receipt or claim number)"
            id="offline-reference"
            error={errors.reference?.message}
          >
            <Input
              maxLength={100}
              {...form.register("reference")}
              {...fieldAriaProps("offline-reference", { error: errors.reference?.message })}
            />
          </FormField>
          <div>
            <SubmitButton pending={record.isPending} pendingLabel="Recording…">
              Record payment
            </SubmitButton>
          </div>
        </form>
      </DialogContent>
    </Dialog>
  );
}
