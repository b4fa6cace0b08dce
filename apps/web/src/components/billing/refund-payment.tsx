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
import { Textarea } from "@resq/ui/textarea";

import { apiProblem, applyProblem } from "~/components/api-problem";
import { formatMoney } from "~/components/format";
import { FormAlert } from "~/components/forms/form-alert";
import { SubmitButton } from "~/components/forms/submit-button";
import { useTRPC } from "~/trpc/react";

import { amountText, parseAmount } from "./money-input";

/** A full or partial refund of one payment, with a reason; never more than what is left of it. */
export function RefundPayment({
  payment,
}: {
  payment: {
    id: string;
    invoiceNumber: string;
    amountMinor: number;
    refundedMinor: number;
    currency: string;
  };
}) {
  const t = useTranslations("billing.refund");
  const locale = useLocale();
  const trpc = useTRPC();
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [key, setKey] = useState(() => `web-${crypto.randomUUID()}`);
  const [formError, setFormError] = useState<string | null>(null);
  const refund = useMutation(trpc.billing.refund.mutationOptions());
  const left = payment.amountMinor - payment.refundedMinor;
  const leftText = formatMoney(left, payment.currency, locale);
  const schema = useMemo(
    () =>
      z.object({
        amount: z
          .string()
          .refine((v) => (parseAmount(v, payment.currency) ?? 0) > 0, t("errors.amount"))
          .refine(
            (v) => (parseAmount(v, payment.currency) ?? 0) <= left,
            t("errors.atMostLeft", { amount: leftText }),
          ),
        reason: z.string().trim().min(3, t("errors.reason")).max(500, t("errors.reasonTooLong")),
      }),
    [t, payment.currency, left, leftText],
  );
  type Values = z.infer<typeof schema>;
  const form = useForm<Values>({
    resolver: zodResolver(schema),
    mode: "onTouched",
    defaultValues: { amount: amountText(left, payment.currency), reason: "" },
  });
  const { errors } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    try {
      await refund.mutateAsync({
        paymentId: payment.id,
        amountMinor: parseAmount(values.amount, payment.currency) ?? 0,
        reason: values.reason,
        idempotencyKey: key,
      });
      toast.success(
        t("done", {
          amount: values.amount,
          currency: payment.currency,
          number: payment.invoiceNumber,
        }),
      );
      setOpen(false);
      setKey(`web-${crypto.randomUUID()}`);
      router.refresh();
    } catch (error) {
      setFormError(
        applyProblem(apiProblem(error), ["amount", "reason"] as const, (field, message) =>
          form.setError(field, { type: "server", message }),
        ),
      );
    }
  });

  if (left <= 0) return <span className="text-sm text-muted-foreground">{t("refunded")}</span>;
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button variant="outline" size="sm">
          {t("refund")}
          <span className="sr-only"> {t("paymentOn", { number: payment.invoiceNumber })}</span>
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>{t("title", { number: payment.invoiceNumber })}</DialogTitle>
          <DialogDescription>{t("description", { amount: leftText })}</DialogDescription>
        </DialogHeader>
        <form noValidate onSubmit={(event) => void onSubmit(event)} className="grid gap-4">
          <FormAlert message={formError} />
          <FormField
            label={t("amount", { currency: payment.currency })}
            id="refund-amount"
            error={errors.amount?.message}
            required
          >
            <Input
              inputMode="decimal"
              {...form.register("amount")}
              {...fieldAriaProps("refund-amount", { error: errors.amount?.message })}
            />
          </FormField>
          <FormField label={t("reason")} id="refund-reason" error={errors.reason?.message} required>
            <Textarea
              maxLength={500}
              {...form.register("reason")}
              {...fieldAriaProps("refund-reason", { error: errors.reason?.message })}
            />
          </FormField>
          <div>
            <SubmitButton
              variant="destructive"
              pending={refund.isPending}
              pendingLabel={t("refunding")}
            >
              {t("refund")}
            </SubmitButton>
          </div>
        </form>
      </DialogContent>
    </Dialog>
  );
}
