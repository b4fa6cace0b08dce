"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useMemo, useState } from "react";
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

/** The ways of paying at the practice (their labels: billing.method.*). */
const methods = ["cash", "card_terminal", "insurance"] as const;

/** Money received at the practice (cash, card terminal, insurance), up to the invoice's balance. */
export function RecordPayment({
  invoice,
}: {
  invoice: { id: string; number: string; balanceMinor: number; currency: string };
}) {
  const t = useTranslations("billing");
  const locale = useLocale();
  const trpc = useTRPC();
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const record = useMutation(trpc.billing.recordOfflinePayment.mutationOptions());
  const balance = formatMoney(invoice.balanceMinor, invoice.currency, locale);
  const schema = useMemo(
    () =>
      z.object({
        amount: z
          .string()
          .refine(
            (v) => (parseAmount(v, invoice.currency) ?? 0) > 0,
            t("recordPayment.errors.amount"),
          )
          .refine(
            (v) => (parseAmount(v, invoice.currency) ?? 0) <= invoice.balanceMinor,
            t("recordPayment.errors.atMostBalance", { amount: balance }),
          ),
        method: z.enum(methods, t("recordPayment.errors.method")),
        reference: z.string().trim().max(100, t("recordPayment.errors.referenceTooLong")),
      }),
    [t, invoice.currency, invoice.balanceMinor, balance],
  );
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
      toast.success(t("recordPayment.recorded", { number: invoice.number }));
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
          {t("recordPayment.record")}
          <span className="sr-only">
            {" "}
            {t("recordPayment.onNumber", { number: invoice.number })}
          </span>
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>{t("recordPayment.title", { number: invoice.number })}</DialogTitle>
          <DialogDescription>
            {t("recordPayment.description", { amount: balance })}
          </DialogDescription>
        </DialogHeader>
        <form noValidate onSubmit={(event) => void onSubmit(event)} className="grid gap-4">
          <FormAlert message={formError} />
          <FormField
            label={t("recordPayment.amount", { currency: invoice.currency })}
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
            <legend className="text-sm font-medium">{t("recordPayment.method")}</legend>
            <div className="flex flex-wrap gap-4">
              {methods.map((value) => (
                <label key={value} className="flex items-center gap-2 text-sm">
                  <input
                    type="radio"
                    value={value}
                    {...form.register("method")}
                    className="size-4"
                  />
                  {t(`method.${value}`)}
                </label>
              ))}
            </div>
          </fieldset>
          <FormField
            label={t("recordPayment.reference")}
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
            <SubmitButton pending={record.isPending} pendingLabel={t("recordPayment.recording")}>
              {t("recordPayment.record")}
            </SubmitButton>
          </div>
        </form>
      </DialogContent>
    </Dialog>
  );
}
