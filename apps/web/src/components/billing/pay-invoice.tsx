"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { CreditCard, ShieldCheck } from "lucide-react";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { toast } from "sonner";
import { z } from "zod";

import { cardSchema } from "@resq/api/billing-schemas";
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

export interface PaymentProviderInfo {
  name: "demo" | "stripe";
  label: string;
  flow: "card_form" | "redirect";
  demo: boolean;
}

interface Payable {
  id: string;
  number: string;
  balanceMinor: number;
  currency: string;
}

const cardForm = z.object({
  number: cardSchema.shape.number,
  expiry: cardSchema.shape.expiry,
  cvc: cardSchema.shape.cvc,
});
type CardValues = z.infer<typeof cardForm>;
const FIELDS = ["number", "expiry", "cvc"] as const;

/**
 * The card schema's own messages (English, shared with the API) → their keys in the catalogue, so
 * the form's checks read in the user's language. Messages from the server are shown as they come.
 */
const CARD_ERRORS = {
  "Enter the card number.": "numberRequired",
  "This card number is not valid.": "numberInvalid",
  "Enter the expiry date.": "expiryRequired",
  "Use MM/YY.": "expiryFormat",
  "This card has expired.": "expired",
  "Enter the security code.": "cvcRequired",
  "Use the 3 or 4 digits.": "cvcFormat",
} as const;

/** A fresh key per payment attempt: a resent request with it is charged once. */
const newKey = () => `web-${crypto.randomUUID()}`;

/**
 * "Pay": with the demo processor, a card form in a dialog (and the card's second step when it asks
 * for one); with Stripe, a redirect to Stripe Checkout, which reports back by webhook.
 */
export function PayInvoice({
  invoice,
  provider,
}: {
  invoice: Payable;
  provider: PaymentProviderInfo;
}) {
  const t = useTranslations("billing.pay");
  const locale = useLocale();
  const trpc = useTRPC();
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [key, setKey] = useState(newKey);
  const [secondStep, setSecondStep] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const pay = useMutation(trpc.billing.pay.mutationOptions());
  const confirm = useMutation(trpc.billing.confirmPayment.mutationOptions());
  const form = useForm<CardValues>({
    resolver: zodResolver(cardForm),
    mode: "onTouched",
    defaultValues: { number: "", expiry: "", cvc: "" },
  });
  const { errors } = form.formState;
  const amount = formatMoney(invoice.balanceMinor, invoice.currency, locale);
  const fieldError = (error: { type?: string; message?: string } | undefined) => {
    const message = error?.message;
    if (!message || error.type === "server") return message;
    const key = (CARD_ERRORS as Record<string, (typeof CARD_ERRORS)[keyof typeof CARD_ERRORS]>)[
      message
    ];
    return key ? t(`errors.${key}`) : message;
  };

  function finished(message: string) {
    toast.success(message);
    setOpen(false);
    setSecondStep(null);
    router.refresh();
  }

  const onSubmit = form.handleSubmit(async (card) => {
    setFormError(null);
    try {
      const result = await pay.mutateAsync({ invoiceId: invoice.id, idempotencyKey: key, card });
      if (result.status === "succeeded") return finished(t("paid", { amount }));
      // Anything else ends this attempt: the next try is a new payment with a new key.
      setKey(newKey());
      if (result.status === "requires_action") setSecondStep(result.attemptId);
      else setFormError(result.failureMessage ?? t("notThrough"));
    } catch (error) {
      setKey(newKey());
      setFormError(
        applyProblem(apiProblem(error), FIELDS, (field, message) =>
          form.setError(field, { type: "server", message }),
        ),
      );
    }
  });

  async function completeSecondStep(approve: boolean) {
    if (!secondStep) return;
    try {
      const result = await confirm.mutateAsync({ attemptId: secondStep, approve });
      if (result.status === "succeeded") return finished(t("paid", { amount }));
      setSecondStep(null);
      setFormError(result.failureMessage ?? t("notConfirmed"));
    } catch (error) {
      setSecondStep(null);
      setFormError(apiProblem(error).message);
    }
  }

  async function checkout() {
    try {
      const result = await pay.mutateAsync({ invoiceId: invoice.id, idempotencyKey: key });
      if (result.redirectUrl) window.location.assign(result.redirectUrl);
      else toast.error(result.failureMessage ?? t("stripeFailed"));
    } catch (error) {
      setKey(newKey());
      toast.error(apiProblem(error).message);
    }
  }

  if (provider.flow === "redirect")
    return (
      <Button onClick={() => void checkout()} disabled={pay.isPending}>
        <CreditCard aria-hidden="true" />
        {t("pay", { amount })}
        <span className="sr-only"> {t("ofInvoice", { number: invoice.number })}</span>
      </Button>
    );

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (!next) {
          setSecondStep(null);
          setFormError(null);
        }
      }}
    >
      <DialogTrigger asChild>
        <Button>
          <CreditCard aria-hidden="true" />
          {t("pay", { amount })}
          <span className="sr-only"> {t("ofInvoice", { number: invoice.number })}</span>
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>{t("title", { number: invoice.number })}</DialogTitle>
          <DialogDescription>
            {t("byCard", { amount })} {provider.demo ? t("demo") : provider.label}
          </DialogDescription>
        </DialogHeader>
        {secondStep ? (
          <div className="grid gap-4">
            <p className="flex items-start gap-2 text-sm">
              <ShieldCheck aria-hidden="true" className="mt-0.5 size-4 shrink-0 text-primary" />
              {t("secondStep")}
            </p>
            <div className="flex flex-wrap gap-2">
              <Button onClick={() => void completeSecondStep(true)} disabled={confirm.isPending}>
                {t("confirm")}
              </Button>
              <Button
                variant="outline"
                onClick={() => void completeSecondStep(false)}
                disabled={confirm.isPending}
              >
                {t("doNotConfirm")}
              </Button>
            </div>
          </div>
        ) : (
          <form noValidate onSubmit={(event) => void onSubmit(event)} className="grid gap-4">
            <FormAlert message={formError} />
            <FormField
              label={t("cardNumber")}
              id="card-number"
              error={fieldError(errors.number)}
              required
            >
              <Input
                inputMode="numeric"
                autoComplete="cc-number"
                placeholder="4242 4242 4242 4242"
                {...form.register("number")}
                {...fieldAriaProps("card-number", { error: fieldError(errors.number) })}
              />
            </FormField>
            <div className="grid grid-cols-2 gap-4">
              <FormField
                label={t("expiry")}
                id="card-expiry"
                error={fieldError(errors.expiry)}
                required
              >
                <Input
                  autoComplete="cc-exp"
                  placeholder="12/30"
                  {...form.register("expiry")}
                  {...fieldAriaProps("card-expiry", { error: fieldError(errors.expiry) })}
                />
              </FormField>
              <FormField label={t("cvc")} id="card-cvc" error={fieldError(errors.cvc)} required>
                <Input
                  inputMode="numeric"
                  autoComplete="cc-csc"
                  placeholder="123"
                  {...form.register("cvc")}
                  {...fieldAriaProps("card-cvc", { error: fieldError(errors.cvc) })}
                />
              </FormField>
            </div>
            {provider.demo ? (
              <p className="text-sm text-muted-foreground">{t("demoCards")}</p>
            ) : null}
            <div>
              <SubmitButton pending={pay.isPending} pendingLabel={t("paying")}>
                {t("pay", { amount })}
              </SubmitButton>
            </div>
          </form>
        )}
      </DialogContent>
    </Dialog>
  );
}
